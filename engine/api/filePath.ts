// The longest file path an API method takes: the longest Windows accepts (a \\?\ path), far
// beyond any real one, so that a caller cannot hand the engine a string of gigabytes.
export const MAX_PATH_LENGTH = 32_767;
