/**
 * editCatalogText with a new title (import --into keeps a sheet's edited title row): the title is
 * set in place, and every other line of the file, comments included, stays as it was.
 */
import { describe, expect, it } from 'vitest';
import type { RawCatalog } from '../../src/core/model/raw.js';
import { editCatalogText } from '../../src/io/catalog-edit.js';

const TEXT = `# 巩义县就业领域基层政务公开标准目录：本级对上级目录的修改。
domain: employment
items:
  # 就业信息服务 / 就业政策法规咨询
  - id: info-service.policy-consulting
    # subject: 县级人力资源社会保障部门
  - id: info-service.job-vacancy-posting
`;

const BEFORE: RawCatalog = {
  domain: 'employment',
  items: [{ id: 'info-service.policy-consulting' }, { id: 'info-service.job-vacancy-posting' }],
};

describe('a new title in a catalog file', () => {
  it('goes under domain, the comments of the entries kept', () => {
    const title = '巩义县就业创业领域基层政务公开标准目录（2024年版）';
    const out = editCatalogText(TEXT, BEFORE, { ...BEFORE, title });
    expect(out).toBe(TEXT.replace('domain: employment\n', `domain: employment\ntitle: ${title}\n`));
  });

  it('replaces a title the file has, and nothing else', () => {
    const text = TEXT.replace('domain: employment\n', 'domain: employment\ntitle: 旧标题 # 注释\n');
    const out = editCatalogText(
      text,
      { ...BEFORE, title: '旧标题' },
      { ...BEFORE, title: '新标题' },
    );
    expect(out).toBe(text.replace('旧标题', '新标题'));
  });
});
