import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** A CJK font for the PDF engine: a file (OTF/TTF, or a TTC with the face's PostScript name). */
export interface CjkFont {
  regular: { file: string; family?: string | undefined };
  bold: { file: string; family?: string | undefined };
  source: string;
}

const SYSTEM_CANDIDATES = [
  // Debian's fonts-noto-cjk (what CI installs).
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc',
];

let cached: CjkFont | undefined;

/**
 * Finds the font the PDF bulletins embed (subset): `BEIZENG_CJK_FONT` (a .otf/.ttf file) when set; else the Noto Sans
 * SC faces of the npm package `@embedpdf/fonts-sc` (a dependency, so `npm install` brings it); else Debian's
 * fonts-noto-cjk. Throws an error naming what to install when none is there.
 */
export function findCjkFont(): CjkFont {
  if (cached) return cached;
  const fromEnv = process.env.BEIZENG_CJK_FONT;
  if (fromEnv) {
    if (!fs.existsSync(fromEnv)) throw new Error(`BEIZENG_CJK_FONT=${fromEnv}: no such file`);
    cached = { regular: { file: fromEnv }, bold: { file: fromEnv }, source: fromEnv };
    return cached;
  }
  try {
    const require = createRequire(import.meta.url);
    const dir = path.join(path.dirname(require.resolve('@embedpdf/fonts-sc')), '..', 'fonts');
    const regular = path.join(dir, 'NotoSansHans-Regular.otf');
    const bold = path.join(dir, 'NotoSansHans-Bold.otf');
    if (fs.existsSync(regular) && fs.existsSync(bold)) {
      cached = { regular: { file: regular }, bold: { file: bold }, source: '@embedpdf/fonts-sc' };
      return cached;
    }
  } catch {
    // not installed: try the system's fonts
  }
  const system = SYSTEM_CANDIDATES.find((f) => fs.existsSync(f));
  if (system) {
    const bold = system.replace('-Regular', '-Bold');
    cached = {
      regular: { file: system, family: 'NotoSansCJKsc-Regular' },
      bold: fs.existsSync(bold)
        ? { file: bold, family: 'NotoSansCJKsc-Bold' }
        : { file: system, family: 'NotoSansCJKsc-Regular' },
      source: system,
    };
    return cached;
  }
  throw new Error(
    'no CJK font for PDF bulletins: run `npm install` (it brings @embedpdf/fonts-sc), or install Debian’s ' +
      '`fonts-noto-cjk` (apt-get install fonts-noto-cjk), or set BEIZENG_CJK_FONT to a .otf/.ttf file with Chinese glyphs',
  );
}
