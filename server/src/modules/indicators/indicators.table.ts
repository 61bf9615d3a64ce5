/** One cell of the indicator cube (see migrations/0004-indicators.ts). */
export interface CubeCellTable {
  regionCode: string;
  industry: string;
  year: number;
  month: number;
  measure: string;
  value: number;
  comparableCurrent: number;
  comparableBase: number;
  enterprises: number;
  comparableEnterprises: number;
}

/** One row (id 1): the cube's version, bumped by every refresh in the refreshing transaction. */
export interface CubeStateTable {
  id: number;
  version: number;
}

export interface IndicatorTables {
  cubeCell: CubeCellTable;
  cubeState: CubeStateTable;
}
