// Launch options for Debian's Chromium: software WebGL2 (SwiftShader) and no background traffic on the closed network.
import type { LaunchOptions } from '@playwright/test';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags shared by every Chromium launch here (Playwright, Lighthouse's chrome-launcher). */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function chromiumLaunchOptions(extraArgs: string[] = []): LaunchOptions {
  return { executablePath: CHROMIUM_PATH, args: [...CHROMIUM_FLAGS, ...extraArgs] };
}
