// Whether the map can be drawn. MapLibre 6 needs WebGL2, and only creating a context proves a browser has it. That
// costs the first context's start-up (most of a second with a software renderer), so nothing creates one just to
// ask: a browser whose JS knows WebGL2 gets the map, and the map's own context, when it cannot be created, says no.

/** True when this browser's JS has WebGL2 at all (a browser without it never downloads MapLibre). */
export function knowsWebGL2(): boolean {
  return typeof globalThis.WebGL2RenderingContext === 'function';
}

/** True for the error MapLibre throws when it cannot create its WebGL2 context (GPU off, blocklisted, lost). */
export function isNoWebGL2Error(error: unknown): boolean {
  return error instanceof Error && error.name === 'GPUInitializationError';
}
