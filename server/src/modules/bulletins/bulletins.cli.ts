import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { readConfig } from '../../config.js';
import { openPlatform } from '../../platform.js';
import { sentenceText } from './bulletin.model.js';
import { bulletinFormats, generateBulletinModel, renderBulletin, type BulletinFormat } from './bulletins.service.js';

/** `bulletin --period P --format docx|xlsx|pdf --out FILE`: the bulletin of a period from the current figures. */
export function registerBulletinCommands(program: Command): void {
  program
    .command('bulletin')
    .description('write the bulletin (发展情况通报) of a period from the current figures; stores and publishes nothing')
    .requiredOption('--period <period>', '2013 (year), 2013Q2 (quarter) or 2013-06 (month)')
    .requiredOption('--format <format>', bulletinFormats.join(', '))
    .requiredOption('--out <file>', 'where to write it')
    .action(async (options: { period: string; format: string; out: string }) => {
      if (!(bulletinFormats as readonly string[]).includes(options.format)) {
        throw new Error(`--format must be one of ${bulletinFormats.join(', ')}`);
      }
      const platform = await openPlatform(readConfig());
      try {
        const started = performance.now();
        const model = await generateBulletinModel(platform.db, options.period);
        const content = await renderBulletin(model, options.format as BulletinFormat);
        fs.mkdirSync(path.dirname(path.resolve(options.out)), { recursive: true });
        fs.writeFileSync(options.out, content);
        console.log(sentenceText(model.headline));
        console.log(
          `${options.out}: ${model.title}, ${options.format}, ${content.length} bytes, ` +
            `${Object.keys(model.figures).length} figures, ${Math.round(performance.now() - started)} ms`,
        );
      } finally {
        await platform.db.destroy();
      }
    });
}
