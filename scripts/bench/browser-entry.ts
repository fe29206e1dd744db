/**
 * Entry for the browser bundle of the matchers (bench:match runs them in Chromium too, where
 * modern-ahocorasick does not hit Node 20's slow Intl.Segmenter path).
 */
import { MATCHERS } from './matchers';

(globalThis as unknown as { inklingBench: typeof MATCHERS }).inklingBench = MATCHERS;
