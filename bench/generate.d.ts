/** Types of generate.js (plain JavaScript, run by `npm run bench` without a build; tests import it). */
export interface ProvinceOptions {
  out: string;
  /** Folder of the national baselines whose ids the overlays refer to. */
  national: string;
  cities?: number;
  counties?: number;
  townships?: number;
  /**
   * How many domains (the first N baselines by file name) the province publishes; below 26 the
   * province gets its own national folder with those baselines. Default 26.
   */
  domains?: number;
  seed?: number;
}

export function generateProvince(options: ProvinceOptions): {
  regions: number;
  files: number;
  /** Item entries the overlays write (overrides, omissions and local items). */
  items: number;
};
