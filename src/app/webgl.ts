// Feature check run before MapLibre is even downloaded: MapLibre 6 needs WebGL2.
export function supportsWebGL2(): boolean {
  try {
    const canvas = document.createElement('canvas');
    return Boolean(canvas.getContext('webgl2'));
  } catch {
    return false;
  }
}
