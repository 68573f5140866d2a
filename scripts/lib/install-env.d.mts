export function nestedInstallEnv(env: Record<string, string | undefined>, nodeBinDir: string): Record<string, string>;
