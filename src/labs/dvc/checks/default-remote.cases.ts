import type { CheckCases } from '../../cases';

const CONFIG = '.dvc/config';

export const cases: CheckCases = {
  valid: [
    { name: 'the lab solution', files: {} },
    {
      name: 'several remotes, the default being the second',
      files: { [CONFIG]: "[core]\n    remote = s3-prod\n['remote \"local-cache\"']\n    url = /mnt/shared/dvc-cache\n['remote \"s3-prod\"']\n    url = s3://acme-ml-artifacts/churn\n    region = eu-west-1\n" },
    },
    { name: 'git-style section names', files: { [CONFIG]: '[core]\n\tremote = storage\n[remote "storage"]\n\turl = gs://acme-ml/churn\n' } },
    { name: 'a local folder remote', files: { [CONFIG]: "[core]\n    remote = local\n['remote \"local\"']\n    url = ../dvc-storage\n" } },
    {
      name: 'an SSH remote with a user and port',
      files: { [CONFIG]: "[core]\n    remote = nas\n    autostage = true\n['remote \"nas\"']\n    url = ssh://ml@nas.internal:2222/srv/dvc\n    ask_password = true\n" },
    },
    { name: 'Azure and Google Drive remotes', files: { [CONFIG]: "[core]\n    remote = azure\n['remote \"azure\"']\n    url = azure://ml-container/churn\n['remote \"drive\"']\n    url = gdrive://0AIac4JZqHhKmUk9PDA\n" } },
  ],
  invalid: [
    { name: 'no default remote', files: { [CONFIG]: "[core]\n    autostage = true\n['remote \"storage\"']\n    url = s3://acme-ml-artifacts/churn-model\n" }, lines: [1] },
    { name: 'the default names a remote that does not exist', files: { [CONFIG]: "[core]\n    remote = store\n['remote \"storage\"']\n    url = s3://acme-ml-artifacts/churn-model\n" }, lines: [2] },
    { name: 'a storage type DVC does not have', files: { [CONFIG]: "[core]\n    remote = storage\n['remote \"storage\"']\n    url = ftp://files.acme.example/dvc\n" }, lines: [4] },
  ],
};
