// Loaded before every test file (jest setupFiles): the local egress hook must be in place before
// @forge/api loads and keeps a reference to fetch. See local/runtime/egress.ts.
import '../../local/runtime/egress';
