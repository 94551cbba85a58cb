import type { AccountSession } from '@itc/shared';

type Device = Pick<AccountSession, 'browser' | 'operatingSystem'>;

// Order matters: Edge and Chrome on iOS name Safari too, Android and iPadOS name Linux and Mac.
const browsers: [RegExp, Device['browser']][] = [
  [/\bEdg(e|A|iOS)?\//, 'edge'],
  [/\b(Firefox|FxiOS)\//, 'firefox'],
  [/\b(HeadlessChrome|Chrome|CriOS|Chromium)\//, 'chrome'],
  [/\bVersion\/[\d.]+.*\bSafari\//, 'safari'],
];
const operatingSystems: [RegExp, Device['operatingSystem']][] = [
  [/\bWindows\b/, 'windows'],
  [/\b(iPhone|iPad|iPod)\b/, 'ios'],
  [/\bAndroid\b/, 'android'],
  [/\b(Macintosh|Mac OS X)\b/, 'macos'],
  [/\b(Linux|X11|CrOS)\b/, 'linux'],
];

/** A readable device for the sessions list; the raw header stays on the server. */
export function describeUserAgent(userAgent: string | null): Device {
  const ua = userAgent ?? '';
  return {
    browser: browsers.find(([pattern]) => pattern.test(ua))?.[1] ?? 'other',
    operatingSystem: operatingSystems.find(([pattern]) => pattern.test(ua))?.[1] ?? 'other',
  };
}
