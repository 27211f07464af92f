// Which licences the browser bundle may carry: permissive ones. A copyleft licence (strong or weak) or none declared
// fails the licence report; an SPDX expression passes when any of its OR alternatives is allowed.

/** Copyleft families, matched on SPDX ids (GPL-3.0-only, LGPL-2.1-or-later, MPL-2.0, CC-BY-SA-4.0 …). */
const COPYLEFT = /^(A?GPL|LGPL|MPL|EPL|EUPL|CDDL|OSL|SSPL|CPAL|CECILL|CC-BY-SA|CC-BY-NC)/i;
const PERMISSIVE =
  /^(MIT|ISC|BSD-[23]-Clause|0BSD|Apache-2\.0|Unlicense|CC0-1\.0|BlueOak-1\.0\.0|Python-2\.0|OFL-1\.1|Zlib)$/i;

/** Why `license` (an SPDX expression) cannot be shipped, or null when it can. */
export function licenceProblem(license: string): string | null {
  const alternatives = license
    .replace(/[()]/g, '')
    .split(/\s+OR\s+/i)
    .map((s) => s.trim());
  if (alternatives.some((a) => a.split(/\s+AND\s+/i).every((part) => PERMISSIVE.test(part.trim()))))
    return null;
  if (alternatives.some((a) => a.split(/\s+AND\s+/i).some((part) => COPYLEFT.test(part.trim()))))
    return 'copyleft licence';
  return 'licence not on the permissive list';
}
