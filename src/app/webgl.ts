// Feature check run before MapLibre is even downloaded: MapLibre 6 needs WebGL2.
let cached: boolean | undefined;

/** Whether this browser can create a WebGL2 context; checked once (main.tsx and App both ask). */
export function supportsWebGL2(): boolean {
  if (cached === undefined) {
    try {
      const canvas = document.createElement('canvas');
      cached = Boolean(canvas.getContext('webgl2'));
    } catch {
      cached = false;
    }
  }
  return cached;
}
