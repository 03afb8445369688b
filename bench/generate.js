// A deterministic synthetic province: cities × counties × townships, each region with overlays of
// some domains in the style of examples/ (concrete 公开主体, added and removed channels, omissions
// with reasons, local items). The same options always write the same bytes.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
const BODIES = [
  '民政局',
  '人力资源和社会保障局',
  '住房和城乡建设局',
  '卫生健康委员会',
  '应急管理局',
  '生态环境分局',
  '教育局',
  '司法局',
  '财政局',
  '农业农村局',
];
const LOCAL_CHANNELS = ['微信群', '村村响大喇叭', '益农信息社', '政务公开栏'];
const REASONS = ['本地无此业务', '该事项由上级部门统一公开', '本地暂未开展此项工作'];

function nationalItems(nationalFolder) {
  const catalogs = [];
  for (const file of readdirSync(nationalFolder)
    .filter((f) => f.endsWith('.yaml'))
    .sort()) {
    const catalog = parse(readFileSync(join(nationalFolder, file), 'utf8'));
    catalogs.push({ domain: catalog.domain, items: catalog.items });
  }
  return catalogs;
}

function applies(item, level) {
  return !item.levels || item.levels.length === 0 || item.levels.includes(LEVEL_NAME[level]);
}

function overlay(catalog, level, regionName, rand) {
  const lines = [
    '# 合成的基准测试数据（bench/generate.js），非真实目录',
    `domain: ${catalog.domain}`,
    'items:',
  ];
  const header = lines.length;
  const inherited = catalog.items.filter((item) => applies(item, level));
  inherited.forEach((item, index) => {
    const roll = rand();
    if (roll < 0.08 && index > 0) {
      lines.push(`  - id: ${item.id}`, `    omit: ${REASONS[index % REASONS.length]}`);
    } else if (roll < 0.75) {
      const body = BODIES[Math.floor(rand() * BODIES.length)];
      lines.push(`  - id: ${item.id}`, `    subject: ${regionName}${body}`);
      if (rand() < 0.4) {
        const local = LOCAL_CHANNELS[Math.floor(rand() * LOCAL_CHANNELS.length)];
        lines.push('    channels:', `      add: [{name: ${local}, local: true}]`);
      }
    }
  });
  if (rand() < 0.5) {
    const n = Math.floor(rand() * 1000);
    lines.push(
      `  - id: local-${n}`,
      '    local: true',
      `    l1: ${regionName}特色事项`,
      `    l2: 本地公开事项${n}`,
      '    elements: [办理条件, 办理流程, 咨询电话]',
      '    bases: [《中华人民共和国政府信息公开条例》（国务院令第711号）]',
      '    timeLimit: 信息形成或者变更之日起20个工作日内',
      `    subject: ${regionName}人民政府办公室`,
      '    channels: [政府网站, 便民服务站]',
      '    audience: 全社会',
      '    method: 主动',
      `    levels: [${LEVEL_NAME[level]}]`,
    );
  }
  if (lines.length === header) lines[header - 1] = 'items: []';
  return lines.join('\n') + '\n';
}

function region(code, name, level) {
  return [
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
 * Writes the province under `out` (emptied first). Returns counts.
 * @param {{out: string, national: string, cities?: number, counties?: number, townships?: number, domains?: number, seed?: number}} options
 */
export function generateProvince(options) {
  const {
    out,
    national,
    cities = 16,
    counties = 8,
    townships = 12,
    domains = 8,
    seed = 2019,
  } = options;
  const rand = random(seed);
  const catalogs = nationalItems(national);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'gkml.yaml'), '# 合成的基准测试省份\nexample: true\n');
  writeFileSync(
    join(out, 'region.yaml'),
    region('990000', '合成省', 'city').replace('level: 市级', 'level: 市级'),
  );
  let files = 2;
  let regions = 0;
  const writeRegion = (folder, code, name, level) => {
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'region.yaml'), region(code, name, level));
    regions++;
    files++;
    const chosen = [...catalogs].sort(() => rand() - 0.5).slice(0, domains);
    for (const catalog of chosen.sort((a, b) => (a.domain < b.domain ? -1 : 1))) {
      writeFileSync(join(folder, `${catalog.domain}.yaml`), overlay(catalog, level, name, rand));
      files++;
    }
  };
  // The province root is not a level gkml knows; cities sit in their own repository-level folders.
  rmSync(join(out, 'region.yaml'));
  files--;
  for (let c = 1; c <= cities; c++) {
    const cityCode = `99${String(c).padStart(2, '0')}00`;
    const cityFolder = join(out, `c${c}`);
    writeRegion(cityFolder, cityCode, `合成${c}市`, 'city');
    for (let k = 1; k <= counties; k++) {
      const countyCode = `99${String(c).padStart(2, '0')}${String(k).padStart(2, '0')}`;
      const countyFolder = join(cityFolder, `k${k}`);
      writeRegion(countyFolder, countyCode, `合成${c}市${k}县`, 'county');
      for (let t = 1; t <= townships; t++) {
        const townCode = `${countyCode}${String(t).padStart(3, '0')}`;
        writeRegion(join(countyFolder, `t${t}`), townCode, `合成${c}市${k}县${t}镇`, 'township');
      }
    }
  }
  return { regions, files };
}
