/** Types of generate.js (plain JavaScript, run by `npm run bench` without a build; tests import it). */
export interface ProvinceOptions {
  out: string;
  /** Folder of the national baselines whose ids the overlays refer to. */
  national: string;
  cities?: number;
  counties?: number;
  townships?: number;
  /** Domain overlays per region. */
  domains?: number;
  seed?: number;
}

export function generateProvince(options: ProvinceOptions): { regions: number; files: number };
