import type { CheckCases } from '../../cases';

const CONFIG = '.dvc/config';

export const cases: CheckCases = {
  valid: [
    { name: 'the lab solution', files: {} },
    { name: 'an AWS profile and credentials file path', files: { [CONFIG]: "[core]\n    remote = storage\n['remote \"storage\"']\n    url = s3://acme-ml-artifacts/churn\n    profile = ml-ci\n    credentialpath = ~/.aws/credentials\n" } },
    { name: 'SSH with a key file and a password prompt', files: { [CONFIG]: "[core]\n    remote = nas\n['remote \"nas\"']\n    url = ssh://ml@nas.internal/srv/dvc\n    keyfile = ~/.ssh/id_ed25519\n    ask_password = true\n" } },
    {
      name: 'Google Drive through a service account file',
      files: { [CONFIG]: "[core]\n    remote = drive\n['remote \"drive\"']\n    url = gdrive://0AIac4JZqHhKmUk9PDA\n    gdrive_use_service_account = true\n    gdrive_service_account_json_file_path = secrets/sa.json\n" },
    },
    { name: 'no .dvc/config at all', files: { [CONFIG]: null } },
  ],
  invalid: [
    {
      name: 'AWS keys pasted into the committed config',
      files: { [CONFIG]: "[core]\n    remote = storage\n['remote \"storage\"']\n    url = s3://acme-ml-artifacts/churn\n    access_key_id = AKIAEXAMPLEKEY\n    secret_access_key = s3cr3t\n" },
      lines: [5, 6],
    },
    { name: 'a password inside the URL', files: { [CONFIG]: "[core]\n    remote = web\n['remote \"web\"']\n    url = https://ml:hunter2@dav.acme.example/dvc\n" }, lines: [4] },
    { name: 'an Azure connection string', files: { [CONFIG]: "[core]\n    remote = azure\n['remote \"azure\"']\n    url = azure://ml/churn\n    connection_string = DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=abc==\n" }, lines: [5] },
  ],
};
