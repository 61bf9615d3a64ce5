// Reads and validates import files off the main thread, so the server keeps answering while a 50,000-row workbook
// is parsed. One long-lived worker takes jobs one at a time (starting a thread and loading exceljs costs more than a
// small file's whole import). The context arrives as plain arrays: sets do not cross threads as sets.
import { parentPort } from 'node:worker_threads';
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

export type WorkerMessage = { job: number } & (
  | { type: 'progress'; rows: number; problems: number }
  | { type: 'done'; result: Awaited<ReturnType<typeof readImportFile>> }
  | { type: 'failed'; message: string }
);

const port = parentPort;
if (!port) throw new Error('import-worker runs only as a worker thread');

port.on('message', (message: { job: number; input: WorkerInput }) => {
  void read(message.job, message.input);
});

async function read(job: number, input: WorkerInput) {
  const send = (m: WorkerMessage) => port?.postMessage(m);
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
      onProgress: (p) => send({ job, type: 'progress', ...p }),
    });
    send({ job, type: 'done', result });
  } catch (error) {
    send({ job, type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
}
