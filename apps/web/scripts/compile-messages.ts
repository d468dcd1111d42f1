// Generates src/paraglide from messages/*.json without Vite (the type check needs it; dev and build
// compile through the Vite plugin).
import { compile } from '@inlang/paraglide-js';
import { paraglideOptions } from '../i18n.config';

await compile(paraglideOptions);
