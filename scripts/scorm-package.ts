// npm run build:scorm, last step: after npm run build:single, puts the single file and a SCORM 1.2
// manifest into one zip (dist-scorm/round-table-scorm12.zip) that a teacher uploads to Moodle,
// Canvas, Blackboard or any platform that takes SCORM 1.2. The page finds the platform's API itself
// (src/platform/lms.ts) and plays as usual without one.
//
// The manifest is the minimal one the SCORM 1.2 content-packaging profile allows: one organization,
// one item, one SCO resource listing its one file, and <schemaversion>1.2</schemaversion> in the
// metadata (how Moodle and most platforms tell 1.2 from 2004). It names no schema files
// (xsi:schemaLocation), so none needs to ship: platforms read the manifest, they do not validate it
// against XSDs (Moodle does not; SCORM Cloud warns about missing XSDs only in its strict mode).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { SINGLE_FILE } from './single-file.ts';

export const SCORM_DIR = path.resolve('dist-scorm');
export const SCORM_ZIP = path.join(SCORM_DIR, 'round-table-scorm12.zip');
/** The page's name inside the package. */
export const SCORM_LAUNCH = 'round-table.html';

const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The imsmanifest.xml for a package whose one SCO is `launch`. */
export function scormManifest(title: string, launch = SCORM_LAUNCH): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="the-round-table" version="1.0"
          xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
          xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="round-table-organization">
    <organization identifier="round-table-organization">
      <title>${xml(title)}</title>
      <item identifier="round-table-debate" identifierref="round-table-sco" isvisible="true">
        <title>${xml(title)}</title>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="round-table-sco" type="webcontent" adlcp:scormtype="sco" href="${xml(launch)}">
      <file href="${xml(launch)}"/>
    </resource>
  </resources>
</manifest>
`;
}

/** Zips the single file with its manifest; returns the zip's and the page's sizes in bytes. */
export function writeScormPackage(single = SINGLE_FILE, out = SCORM_ZIP): { zip: number; page: number } {
  const page = readFileSync(single);
  const title = /<title>([^<]*)<\/title>/.exec(page.toString('utf8'))?.[1]?.trim() || 'The Round Table';
  // A fixed date in the zip: the same build gives the same bytes.
  const mtime = new Date('2026-01-01T00:00:00Z');
  const zip = zipSync(
    {
      'imsmanifest.xml': [strToU8(scormManifest(title)), { mtime }],
      [SCORM_LAUNCH]: [page, { mtime, level: 9 }],
    },
    { level: 9 },
  );
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, zip);
  return { zip: zip.byteLength, page: page.byteLength };
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve('scripts/scorm-package.ts')) {
  if (!existsSync(SINGLE_FILE)) throw new Error(`${path.relative(process.cwd(), SINGLE_FILE)} is missing: run "npm run build:single" first (npm run build:scorm does).`);
  const { zip, page } = writeScormPackage();
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(2)} MB`;
  console.log(`Wrote ${path.relative(process.cwd(), SCORM_ZIP)}: ${mb(zip)} (the page inside is ${mb(page)}). Upload it to your LMS as a SCORM 1.2 package.`);
}
