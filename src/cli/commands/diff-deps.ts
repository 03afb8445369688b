/** The repository loader `gkml diff` runs on: io/repository's, with the baselines the merge used. */
import { findRoot, loadRepository } from '../../io/repository.js';
import type { DiffDeps } from './diff-load.js';

export const repositoryDeps: DiffDeps = {
  async load(folder, options) {
    const { model, diagnostics } = await loadRepository(folder, options);
    return {
      model,
      diagnostics,
      ...(model?.requested !== undefined ? { requested: model.requested } : {}),
      baselines: new Map(
        (model?.national ?? []).map((baseline) => [
          baseline.domain,
          baseline.items.map((effective) => effective.item),
        ]),
      ),
    };
  },
  findRoot,
};
