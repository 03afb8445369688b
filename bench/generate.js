// A deterministic synthetic province: cities × counties × townships, each region with an overlay for
// every domain that has items at its level, in the style of examples/: a concrete 公开主体 and website
// column for each inherited item, local channels added, some items omitted with a reason (and so gone
// for the regions below), a local item now and then. The same options always write the same bytes.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** mulberry32: a small seeded PRNG, so the province is the same on every machine. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LEVEL_NAME = { city: '市级', county: '县级', township: '乡级' };
const BODIES = ['民政局', '人力资源和社会保障局', '住房和城乡建设局', '卫生健康局', '应急管理局'];
const LOCAL_CHANNELS = ['微信群', '村村响大喇叭', '益农信息社', '政务公开栏'];
const REASONS = ['本地无此业务', '该事项由上级部门统一公开', '本地暂未开展此项工作'];

function nationalCatalogs(folder, files) {
  return files
    .map((file) => parse(readFileSync(join(folder, file), 'utf8')))
    .map((catalog) => ({
      domain: catalog.domain,
      // A national id no longer in use is not one a province's overlays name: they would get a
      // merge-deprecated-id warning in every region (3,220 on the 26-domain province).
      items: catalog.items.filter((item) => item.deprecated === undefined),
    }));
}

/** Where an item applies: its levels, or 县级 and 乡级 when the baseline gives none (as merge does). */
function applies(item, level) {
  const levels = item.levels && item.levels.length > 0 ? item.levels : ['县级', '乡级'];
  return levels.includes(LEVEL_NAME[level]);
}

/** One region's overlay of one domain; adds what it omits to `omitted` (for the regions below). */
function overlay(catalog, level, name, rand, omitted, counts) {
  const lines = [
    '# 合成的基准测试数据（bench/generate.js），非真实目录',
    `domain: ${catalog.domain}`,
    'items:',
  ];
  const inherited = catalog.items.filter((item) => applies(item, level) && !omitted.has(item.id));
  inherited.forEach((item, index) => {
    if (index > 0 && rand() < 0.04) {
      lines.push(`  - id: ${item.id}`, `    omit: ${REASONS[index % REASONS.length]}`);
      omitted.add(item.id);
      return;
    }
    lines.push(
      `  - id: ${item.id}`,
      `    subject: ${name}${BODIES[Math.floor(rand() * BODIES.length)]}`,
    );
    if (item.method !== '依申请')
      lines.push(`    column: ${name}政府网站—政府信息公开—${item.l1 ?? '其他'}`);
    if (rand() < 0.3) {
      const local = LOCAL_CHANNELS[Math.floor(rand() * LOCAL_CHANNELS.length)];
      lines.push('    channels:', `      add: [{ name: ${local}, local: true }]`);
    }
  });
  if (rand() < 0.3) {
    const n = Math.floor(rand() * 1000);
    lines.push(
      `  - id: local-${n}`,
      '    local: true',
      `    l1: ${name}特色事项`,
      `    l2: 本地公开事项${n}`,
      '    elements: [办理条件, 办理流程, 咨询电话]',
      '    bases: [《中华人民共和国政府信息公开条例》（国务院令第711号）]',
      '    timeLimit: 信息形成或者变更之日起20个工作日内',
      `    subject: ${name}人民政府办公室`,
      '    channels: [政府网站, 便民服务站]',
      '    audience: 全社会',
      '    method: 主动',
      `    levels: [${LEVEL_NAME[level]}]`,
      `    column: ${name}政府网站—政府信息公开—本地特色事项`,
    );
  }
  if (lines.length === 3) lines[2] = 'items: []';
  counts.items += lines.filter((line) => line.startsWith('  - id: ')).length;
  return lines.join('\n') + '\n';
}

function regionFile(code, name, level) {
  return [
    '# 合成的基准测试数据（bench/generate.js），非真实区域',
    `code: "${code}"`,
    `name: ${name}`,
    `level: ${LEVEL_NAME[level]}`,
    'office:',
    `  name: ${name}人民政府办公室`,
    `  address: ${name}人民路1号`,
    '  hours: 工作日 8:30-12:00，14:30-17:30',
    '  phone: 0000-12345678',
    '',
  ].join('\n');
}

/**
 * Writes the province under `out` (emptied first) and returns counts (items: the item entries the
 * overlays write — overrides, omissions, local items). Codes start with 99, which no real province
 * has.
 * @param {import('./generate.js').ProvinceOptions} options
 */
export function generateProvince(options) {
  const {
    out,
    national,
    cities = 16,
    counties = 8,
    townships = 12,
    domains = 26,
    seed = 2019,
  } = options;
  const rand = random(seed);
  const all = readdirSync(national)
    .filter((file) => file.endsWith('.yaml'))
    .sort();
  // With fewer than 26 domains, the province's gkml.yaml names its own national folder holding
  // those baselines (copied as they are), so that every region covers every domain it should.
  const chosen = all.slice(0, domains);
  const catalogs = nationalCatalogs(national, chosen);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  let config = '# 合成的基准测试省份（bench/generate.js）\nexample: true\n';
  if (chosen.length < all.length) {
    mkdirSync(join(out, 'national'));
    for (const file of chosen) copyFileSync(join(national, file), join(out, 'national', file));
    config += 'national: national\n';
  }
  writeFileSync(join(out, 'gkml.yaml'), config);
  let regions = 0;
  let files = 1;
  const counts = { items: 0 };
  /** Writes a region; returns what it omits, per domain, together with what was omitted above. */
  const writeRegion = (folder, code, name, level, omittedAbove) => {
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'region.yaml'), regionFile(code, name, level));
    regions++;
    files++;
    const omitted = new Map();
    const applicable = catalogs.filter((c) => c.items.some((item) => applies(item, level)));
    for (const catalog of catalogs) {
      const set = new Set(omittedAbove.get(catalog.domain) ?? []);
      if (applicable.slice(0, domains).includes(catalog)) {
        writeFileSync(
          join(folder, `${catalog.domain}.yaml`),
          overlay(catalog, level, name, rand, set, counts),
        );
        files++;
      }
      omitted.set(catalog.domain, set);
    }
    return omitted;
  };
  for (let c = 1; c <= cities; c++) {
    const cityCode = `99${String(c).padStart(2, '0')}00`;
    const cityFolder = join(out, `c${c}`);
    const cityOmitted = writeRegion(cityFolder, cityCode, `合成${c}市`, 'city', new Map());
    for (let k = 1; k <= counties; k++) {
      const countyCode = `99${String(c).padStart(2, '0')}${String(k).padStart(2, '0')}`;
      const countyFolder = join(cityFolder, `k${k}`);
      const name = `合成${c}市${k}县`;
      const countyOmitted = writeRegion(countyFolder, countyCode, name, 'county', cityOmitted);
      for (let t = 1; t <= townships; t++) {
        const townCode = `${countyCode}${String(t).padStart(3, '0')}`;
        writeRegion(
          join(countyFolder, `t${t}`),
          townCode,
          `${name}${t}镇`,
          'township',
          countyOmitted,
        );
      }
    }
  }
  return { regions, files, items: counts.items };
}
