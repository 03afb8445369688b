// Types for scripts/schema-types.js, which test/core/schema-types.test.ts imports.
export const OUTPUT: string;
export const NAMES: Record<string, Record<string, string>>;
export const SAME_AS: Record<string, Record<string, string>>;
export function generateSchemaTypes(schemaTexts: Record<string, string>): Promise<string>;
export function readSchemaTexts(): Record<string, string>;
