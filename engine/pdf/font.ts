// The CJK font the PDFs (a case's evidence pack, reports) are set in. The app bundles no fonts: it uses one the system
// has (Microsoft YaHei, SimHei or SimSun on Windows, PingFang or STHeiti on macOS, Noto Sans CJK
// or WenQuanYi on Linux). pdfkit embeds only the glyphs a document uses, so the file stays small
// whatever the font's size. A collection (.ttc) needs the PostScript name of the face inside it.
import fs from 'node:fs';
import path from 'node:path';
import { EngineError } from '../api/errors.js';

export interface FontFace {
  path: string;
  /** The face inside a collection; absent for a single-face file. */
  postscriptName?: string;
}

export interface FontChoice {
  regular: FontFace;
  /** The heading face: the family's bold when the system has it, else the regular face. */
  bold: FontFace;
}

interface Candidate {
  regular: FontFace;
  bold?: FontFace;
}

const noto = (dir: string): Candidate => ({
  regular: { path: path.join(dir, 'NotoSansCJK-Regular.ttc'), postscriptName: 'NotoSansCJKsc-Regular' },
  bold: { path: path.join(dir, 'NotoSansCJK-Bold.ttc'), postscriptName: 'NotoSansCJKsc-Bold' },
});

/** The fonts looked for, in order of preference, on each platform. */
export function fontCandidates(platform: NodeJS.Platform, windowsDir = process.env.WINDIR ?? 'C:\\Windows'): Candidate[] {
  if (platform === 'win32') {
    const fonts = path.win32.join(windowsDir, 'Fonts');
    const at = (file: string, postscriptName?: string): FontFace => ({ path: path.win32.join(fonts, file), ...(postscriptName ? { postscriptName } : {}) });
    return [
      { regular: at('msyh.ttc', 'MicrosoftYaHei'), bold: at('msyhbd.ttc', 'MicrosoftYaHei-Bold') },
      { regular: at('simhei.ttf') },
      { regular: at('simsun.ttc', 'SimSun') },
    ];
  }
  if (platform === 'darwin') {
    return [
      { regular: { path: '/System/Library/Fonts/PingFang.ttc', postscriptName: 'PingFangSC-Regular' }, bold: { path: '/System/Library/Fonts/PingFang.ttc', postscriptName: 'PingFangSC-Semibold' } },
      { regular: { path: '/System/Library/Fonts/STHeiti Light.ttc', postscriptName: 'STHeitiSC-Light' }, bold: { path: '/System/Library/Fonts/STHeiti Medium.ttc', postscriptName: 'STHeitiSC-Medium' } },
    ];
  }
  return [
    noto('/usr/share/fonts/opentype/noto'), // Debian, Ubuntu: fonts-noto-cjk
    noto('/usr/share/fonts/noto-cjk'), // Arch
    noto('/usr/share/fonts/google-noto-cjk'), // Fedora
    { regular: { path: '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc', postscriptName: 'WenQuanYiMicroHei' } },
    { regular: { path: '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc', postscriptName: 'WenQuanYiZenHei' } },
  ];
}

/** What to install, per platform, when none is found: names and files only, as they read in either language. */
const advice: Partial<Record<NodeJS.Platform, string>> = {
  win32: 'Microsoft YaHei (msyh.ttc) / SimHei (simhei.ttf) / SimSun (simsun.ttc)',
  darwin: 'PingFang (PingFang.ttc) / STHeiti',
};
const linuxAdvice = 'Noto Sans CJK (fonts-noto-cjk) / WenQuanYi (fonts-wqy-microhei)';

export function findCjkFont(platform: NodeJS.Platform = process.platform, exists: (file: string) => boolean = fs.existsSync): FontChoice {
  const candidates = fontCandidates(platform);
  for (const c of candidates) {
    if (!exists(c.regular.path)) continue;
    return { regular: c.regular, bold: c.bold && exists(c.bold.path) ? c.bold : c.regular };
  }
  const install = advice[platform] ?? linuxAdvice;
  throw new EngineError('pdf.no_font', `No Chinese font was found to write the PDF with. Install ${install}, then try again.`, {
    install,
    searched: candidates.map((c) => c.regular.path),
  });
}
