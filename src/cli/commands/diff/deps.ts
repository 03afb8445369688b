/** The repository loader `gkml diff` runs on: io/repository's, with the baselines the merge used. */
import { findRoot } from '../../../io/layout.js';
import { nationalBaselines } from '../../../pipeline/analyse.js';
import { loadRepository } from '../../../pipeline/load-repository.js';
import type { DiffDeps } from './load.js';

export const repositoryDeps: DiffDeps = {
  async load(folder, options) {
    const { model, diagnostics } = await loadRepository(folder, options);
    return {
      model,
      diagnostics,
      ...(model?.requested !== undefined ? { requested: model.requested } : {}),
      baselines: nationalBaselines(model),
    };
  },
  findRoot,
};
