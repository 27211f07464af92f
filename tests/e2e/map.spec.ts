// The map as a map: a link that names a place and no camera opens framed on it, in the view that holds it.
import { expect, test, type Page } from '@playwright/test';
import { openMap } from './helpers';

/** The map's centre and zoom once it has come to rest after the initial framing. */
async function restingCamera(page: Page) {
  return page.evaluate(
    () =>
      new Promise<{ lng: number; lat: number; zoom: number }>((resolve) => {
        type M = {
          getCenter: () => { lng: number; lat: number };
          getZoom: () => number;
          isMoving: () => boolean;
          once: (type: string, fn: () => void) => void;
        };
        const map = (window as unknown as { __atlasMap: M }).__atlasMap;
        const read = () => resolve({ ...map.getCenter(), zoom: map.getZoom() });
        if (map.isMoving()) map.once('moveend', read);
        else setTimeout(() => (map.isMoving() ? map.once('moveend', read) : read()), 300);
      }),
  );
}

for (const [query, hash, centre, view] of [
  ['?area=shanghai', '', [121.4, 31.1], 'China'],
  ['?area=shanghai&lang=zh', '#foo', [121.4, 31.1], '全国'],
  ['?area=xiongan', '', [115.95, 38.98], 'Beijing–Tianjin–Hebei'],
  ['?area=huairou-science-city', '', [116.66, 40.39], 'Beijing'],
] as const) {
  test(`${query}${hash} with no usable camera opens framed on the place (${view} view)`, async ({ page }) => {
    await openMap(page, `./${query}${hash}`);
    const camera = await restingCamera(page);
    expect(Math.abs(camera.lng - centre[0]), `longitude ${camera.lng}`).toBeLessThan(0.6);
    expect(Math.abs(camera.lat - centre[1]), `latitude ${camera.lat}`).toBeLessThan(0.6);
    const views = page.getByRole('group', { name: /地图范围|Map extent/ });
    await expect(views.getByRole('button', { pressed: true })).toHaveText(view);
  });
}

test('a link with a camera keeps that camera', async ({ page }) => {
  await openMap(page, './?area=shanghai#9/40.1/116.3');
  const camera = await restingCamera(page);
  expect(camera.zoom).toBeCloseTo(9, 0);
  expect(Math.abs(camera.lat - 40.1)).toBeLessThan(0.05);
});

test('at 1280×800 every panel leaves the map at least 560 px; controls stay clear', async ({ page }) => {
  // several visits' worth of checks on one page
  test.setTimeout(120_000);
  await openMap(page, './?area=haidian&lang=en#9/40.1/116.4');
  for (const panel of ['area', 'filter', 'matrix', 'compare', 'reader', 'indicators']) {
    if (panel !== 'area') {
      // the next panel through the URL, as Back/Forward would bring it
      await page.evaluate((id) => {
        history.pushState(null, '', `?panel=${id}&lang=en${location.hash}`);
        dispatchEvent(new PopStateEvent('popstate'));
      }, panel);
    }
    await page.locator(`.panel-host-${panel} aside`).first().waitFor();
    const map = await page.locator('#map').boundingBox();
    expect(map!.width, `map width with the ${panel} panel`).toBeGreaterThanOrEqual(560);
    // the view switch is one row
    const views = page.getByRole('group', { name: 'Map extent' });
    const switchBox = await views.boundingBox();
    const buttonBox = await views.getByRole('button').first().boundingBox();
    expect(switchBox!.height, `view switch with the ${panel} panel`).toBeLessThan(buttonBox!.height + 4);
    // the attribution starts collapsed and covers neither the zoom buttons nor the scale bar
    const attribution = page.locator('.maplibregl-ctrl-attrib');
    await expect(attribution).not.toHaveClass(/maplibregl-compact-show/);
    const attrib = (await attribution.boundingBox())!;
    for (const control of ['.maplibregl-ctrl-zoom-in', '.maplibregl-ctrl-scale']) {
      const box = (await page.locator(control).boundingBox())!;
      const overlaps =
        attrib.x < box.x + box.width &&
        box.x < attrib.x + attrib.width &&
        attrib.y < box.y + box.height &&
        box.y < attrib.y + attrib.height;
      expect(overlaps, `${control} covered by the attribution with the ${panel} panel`).toBe(false);
    }
  }
});
