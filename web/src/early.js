// The page's first script, inlined ahead of the shell: see early_presses.js.
import { markEarlyPresses } from './early_presses.js';

markEarlyPresses(document);
