// The legend shows without a click; "保存图片" downloads a PNG at least the map's size with real content; the brief of
// one area prints on one A4 page and a comparison of three areas on at most two (pages counted in Chrome's PDF).
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, openMap } from './helpers';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Pages in a PDF: its /Type /Page objects (not /Pages). */
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;

/** Clicks the brief's print button (print() is stubbed) and returns the PDF Chrome prints on A4. */
async function printBrief(page: Page, panel: string, withLocator = false): Promise<Buffer> {
  await page.locator(panel).getByRole('button', { name: '打印简报' }).click();
  await expect(page.locator('body.brief-printing .print-brief')).toHaveCount(1);
  await page.emulateMedia({ media: 'print' });
  // the locator map is drawn from the geodata the map has loaded
  await expect(page.locator('.print-brief')).toBeVisible();
  if (withLocator) await expect(page.locator('.print-brief svg.brief-locator path').first()).toBeAttached();
  // printing fires afterprint, which takes the brief down again
  return page.pdf({ format: 'A4', preferCSSPageSize: true });
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    window.print = () => undefined;
  });
});

test('the legend is open on a desktop, and passes axe', async ({ page }) => {
  await openMap(page, './?lang=zh');
  const legend = page.locator('details.legend');
  await expect(legend).toHaveAttribute('open', '');
  await expect(legend.getByText('怀柔科学城')).toBeVisible();
  await expect(legend.locator('[data-legend-entry="approximate"] svg')).toBeVisible();
  await expectNoAxeViolations(page, '.layer-panel');
  // collapsible
  await legend.locator('summary').click();
  await expect(legend.getByText('怀柔科学城')).toBeHidden();
});

test('保存图片 downloads a PNG of the view with title, legend, scale and attribution', async ({ page }) => {
  await openMap(page, './?lang=zh&area=zgc-science-city');
  const mapBox = (await page.locator('#map canvas').boundingBox())!;
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '保存图片' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(
    /^beijing-innovation-atlas-\d{4}-\d\d-\d\d-\d{4}-zgc-science-city\.png$/,
  );
  const bytes = readFileSync((await download.path())!);
  const { width, height } = pngSize(bytes);
  expect(width).toBeGreaterThanOrEqual(Math.floor(mapBox.width));
  expect(height).toBeGreaterThanOrEqual(Math.floor(mapBox.height));
  const colours = await page.evaluate(
    async (dataUrl) => {
      const img = new Image();
      img.src = dataUrl;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.naturalWidth;
      canvas.height = img.naturalHeight;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
      const seen = new Set<number>();
      for (let i = 0; i < data.length; i += 4 * 7)
        seen.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
      return seen.size;
    },
    `data:image/png;base64,${bytes.toString('base64')}`,
  );
  expect(colours).toBeGreaterThan(50);
  console.log(`picture ${width}×${height} px, ${bytes.length} bytes, ${colours} colours sampled`);
});

test('the brief of one area prints on one A4 page', async ({ page }) => {
  await openMap(page, './?lang=zh&area=zgc-science-city');
  const one = await printBrief(page, '.area-panel', true);
  console.log(`one-area brief: ${pdfPages(one)} page(s)`);
  expect(pdfPages(one)).toBe(1);
});

test('the brief of three compared areas prints on at most two A4 pages', async ({ page }) => {
  await openMap(
    page,
    './?lang=zh&panel=compare&cmp=zgc-science-city,huairou-science-city,future-science-city',
  );
  const three = await printBrief(page, '#compare-panel');
  console.log(`three-area brief: ${pdfPages(three)} page(s)`);
  expect(pdfPages(three)).toBeLessThanOrEqual(2);
});
