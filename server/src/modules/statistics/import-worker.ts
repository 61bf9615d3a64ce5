// Reads and validates an import file off the main thread, so the server keeps answering while a 50,000-row workbook
// is parsed. The context arrives as plain arrays (sets do not cross threads as sets); progress is posted back.
import { parentPort, workerData } from 'node:worker_threads';
import type { ImportKind } from './import/columns.js';
import { readImportFile } from './import/import-file.js';
import type { ImportContext } from './import/validate.js';

export interface WorkerInput {
  filePath: string;
  fileName: string;
  kind: ImportKind;
  context: {
    regionCodes: string[];
    enterpriseRegionCodes: string[];
    allowedRegions: string[] | null;
    industries: ImportContext['industries'];
    knownEnterprises: string[] | null;
    lockedPeriods: string[];
  };
}

export type WorkerMessage =
  | { type: 'progress'; rows: number; problems: number }
  | { type: 'done'; result: Awaited<ReturnType<typeof readImportFile>> }
  | { type: 'failed'; message: string };

const input = workerData as WorkerInput;
const port = parentPort;
if (!port) throw new Error('import-worker runs only as a worker thread');

try {
  const c = input.context;
  const context: ImportContext = {
    regionCodes: new Set(c.regionCodes),
    enterpriseRegionCodes: new Set(c.enterpriseRegionCodes),
    ...(c.allowedRegions ? { allowedRegions: new Set(c.allowedRegions) } : {}),
    industries: c.industries,
    ...(c.knownEnterprises ? { knownEnterprises: new Set(c.knownEnterprises) } : {}),
    lockedPeriods: new Set(c.lockedPeriods),
  };
  const result = await readImportFile(input.filePath, input.kind, context, {
    fileName: input.fileName,
    onProgress: (p) => port.postMessage({ type: 'progress', ...p } satisfies WorkerMessage),
  });
  port.postMessage({ type: 'done', result } satisfies WorkerMessage);
} catch (error) {
  port.postMessage({
    type: 'failed',
    message: error instanceof Error ? error.message : String(error),
  } satisfies WorkerMessage);
}
