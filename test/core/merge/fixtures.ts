/** A small national baseline and region files shared by the merge tests. */
import { region } from '../../helpers/merge.js';

/** Employment-like baseline: every field kind, and items at different levels. */
export const NATIONAL = `domain: employment
items:
  - id: info.consulting
    l1: 就业信息服务
    l2: 就业政策法规咨询
    l3: 政策咨询
    elements:
      - { name: 对象范围, required: true }
      - 办理流程
      - 咨询电话
    bases:
      - 《中华人民共和国政府信息公开条例》（国务院令第711号）
      - 《中华人民共和国就业促进法》
    timeLimit: 信息形成或者变更之日起20个工作日内
    subject: 县级人力资源社会保障部门
    channels:
      - { name: 政府网站, required: true }
      - { name: 政务服务中心, required: true }
      - 其他：基层公共服务平台
    audience: 特定群体
    audienceGroup: 就业困难人员
    method: 主动
    levels: [县级, 乡级, 村级]
    stage: 服务
    column: 政府信息公开—就业创业
    url: https://www.example.gov.cn/jy/
    reviewed: 2026-01-15
    note: 国家基准的备注
    source: { document: 人力资源社会保障部办公厅通知, docNo: 人社厅函〔2019〕113号 }
  - id: info.vacancies
    l1: 就业信息服务
    l2: 岗位信息发布
    elements: [招聘单位, 岗位要求]
    timeLimit: 实时
    channels: [政府网站]
    audience: 全社会
    method: 主动
    incomplete: [subject, levels]
    source: { document: 人力资源社会保障部办公厅通知 }
  - id: info.city-fairs
    l1: 就业信息服务
    l2: 招聘会信息
    timeLimit: 实时
    subject: 市级人力资源社会保障部门
    channels: [政府网站]
    audience: 全社会
    method: 主动
    levels: [市级, 县级]
    source: { document: 人力资源社会保障部办公厅通知 }
`;

export const CITY = region('431400', '云川市', '市级');
export const COUNTY = region('431402', '河西区', '县级');
export const TOWNSHIP = region('431402001', '桥东街道', '乡级');
export const VILLAGE = region('431402001001', '南关社区', '村级');

/** 1-based line of the first line of `text` that contains `needle`. */
export function lineOf(text: string, needle: string, from = 0): number {
  const lines = text.split('\n');
  const index = lines.findIndex((line, at) => at >= from && line.includes(needle));
  if (index < 0) throw new Error(`not found: ${needle}`);
  return index + 1;
}
