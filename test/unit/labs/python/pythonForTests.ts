// The interpreter the Python-lab tests run: Debian's python3 (with numpy, pandas, scipy and pytest from
// Debian's packages, which `npm test` installs), named explicitly because the first python3 on PATH
// may be another one without those packages. MLOPS_LAB_TEST_PYTHON overrides it.
export const testPython = process.env.MLOPS_LAB_TEST_PYTHON ?? '/usr/bin/python3';
