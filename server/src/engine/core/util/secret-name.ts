/** Names of settings and arguments whose values are credentials, in any file language. */
export const SECRET_NAME = /password|secret|token|private_key/i;
