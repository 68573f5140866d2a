// What each check is called, why it matters, which lesson teaches it, and hints from vague to specific.
import type { CheckDefinition } from '../types';

export const CHECKS = [
  {
    id: 'docker.valid-syntax',
    title: 'Dockerfile is valid',
    why: 'A Dockerfile that Docker cannot parse never builds, and some mistakes (a misspelt instruction, a CMD array in single quotes) build but do something other than what you wrote. Catching them in the editor is far cheaper than in a failed CI build.',
    lesson: 'containerization',
    hints: [
      'Look at the lines marked in the Problems panel: each one names what Docker objects to.',
      'Every Dockerfile starts with FROM, and every instruction is one of Docker\'s keywords (FROM, RUN, COPY, WORKDIR, ...).',
      'JSON arrays in CMD, ENTRYPOINT and RUN need double quotes: CMD ["uvicorn", "app.main:app"].',
    ],
  },
  {
    id: 'docker.pinned-base',
    title: 'Base image is pinned to a version',
    why: 'An untagged or `latest` base image changes under you: the same Dockerfile builds a different Python next month and the model server breaks with no change on your side. Pinning a version tag (or a digest) makes builds reproducible and rollbacks meaningful.',
    lesson: 'why-versioning',
    hints: [
      'Which Python version will `FROM python:latest` give you a year from now?',
      'Give every FROM a version tag, for example a Python minor version, or an @sha256 digest.',
      'For this project `FROM python:3.12-slim` pins the version and keeps the image small.',
    ],
  },
  {
    id: 'docker.slim-final',
    title: 'Final image is slim or multi-stage',
    why: 'The full Debian-based Python image weighs around a gigabyte, most of it compilers and tools the server never uses. A slim (or distroless) final image, or a multi-stage build that leaves the build tools behind, pulls faster, starts faster when autoscaling and has far fewer packages to patch.',
    lesson: 'containerization',
    hints: [
      'How much of the base image does a small FastAPI server actually need at run time?',
      'Use a `-slim` variant for the final stage, or build in one stage and copy the result into a smaller one.',
      'Change the final FROM to a slim tag such as `python:3.12-slim`.',
    ],
  },
  {
    id: 'docker.copy-not-add',
    title: 'COPY is used instead of ADD',
    why: 'ADD silently unpacks archives and fetches URLs, so what ends up in the image depends on the file type and the network. COPY does one predictable thing, which is what you want for your own code and model files; a remote download with ADD is only safe with --checksum.',
    lesson: 'containerization',
    hints: [
      'Which instruction only copies files from the build context, and nothing else?',
      'Replace ADD with COPY for local files and folders.',
      'If you really download a file with ADD, pin its content with `ADD --checksum=sha256:<hash> <url> <dest>`.',
    ],
  },
  {
    id: 'docker.requirements-first',
    title: 'Dependencies install before the app code is copied',
    why: 'Docker reuses a cached layer only while everything before it is unchanged. Copying the whole project before `pip install` means every one-line code change reinstalls all dependencies; copying requirements.txt alone first keeps rebuilds to seconds.',
    lesson: 'containerization',
    hints: [
      'Which changes more often: your code or your dependency list? Order the layers accordingly.',
      'COPY only requirements.txt, run pip install -r requirements.txt, and copy the rest of the project afterwards.',
      'COPY requirements.txt .  then  RUN pip install --no-cache-dir -r requirements.txt  then  COPY app/ ./app/',
    ],
  },
  {
    id: 'docker.pip-no-cache',
    title: 'pip install uses --no-cache-dir',
    why: 'pip keeps a cache of every downloaded wheel, and inside an image build that cache is never used again: it is dead weight baked into the layer, often hundreds of megabytes for ML libraries. Turning it off keeps the image lean.',
    lesson: 'inference-optimization',
    hints: [
      'Where does pip store the wheels it downloads, and does the running container ever need them?',
      'pip has an option to skip its download cache.',
      'Write `pip install --no-cache-dir -r requirements.txt` (or set ENV PIP_NO_CACHE_DIR=1).',
    ],
  },
  {
    id: 'docker.pinned-requirements',
    title: 'Python dependencies are pinned with ==',
    why: 'A range such as `fastapi>=0.100` installs whatever is newest on the day the image is built, so two builds of the same commit can behave differently in production. Exact pins make the image a reproducible artifact you can trace and roll back.',
    lesson: 'why-versioning',
    hints: [
      'Would two builds of this image a month apart install the same library versions?',
      'Every line of requirements.txt should name one exact version.',
      'Use `name==version`, e.g. `fastapi==0.115.6`; `pip freeze` shows the versions you tested with.',
    ],
  },
  {
    id: 'docker.apt-clean',
    title: 'apt-get installs are lean and cleaned up',
    why: 'Each RUN makes a layer, and files deleted in a later layer still ship in the earlier one. Running apt-get update, install and cleanup in one RUN avoids stale package lists and leaves no index files behind, and --no-install-recommends stops apt pulling in packages you never asked for.',
    lesson: 'containerization',
    hints: [
      'What does apt-get leave behind in /var/lib/apt/lists, and which layer is it stored in?',
      'Update, install and clean up in a single RUN, and ask apt not to install recommended extras.',
      'RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*',
    ],
  },
  {
    id: 'docker.absolute-workdir',
    title: 'An absolute WORKDIR is set',
    why: 'Without a WORKDIR, files land in the filesystem root next to the system directories; a relative WORKDIR depends on whatever the base image set before it. An absolute WORKDIR makes every later COPY, RUN and CMD path unambiguous.',
    lesson: 'containerization',
    hints: [
      'Where do `COPY . .` and the CMD run if no working directory is set?',
      'Set a WORKDIR in the final stage, and write it as a path starting with /.',
      'For example `WORKDIR /app`.',
    ],
  },
  {
    id: 'docker.non-root-user',
    title: 'The server runs as a non-root user',
    why: 'Containers run as root unless told otherwise, and root inside a container is one kernel bug or misconfigured mount away from root on the host. Running the model server as an unprivileged user limits the damage of any exploit in your code or its dependencies.',
    lesson: 'containerization',
    hints: [
      'Which user does the container\'s process run as if the Dockerfile never says?',
      'Create an unprivileged user and switch to it with USER in the final stage, after installing packages.',
      'RUN useradd --create-home --uid 10001 appuser  then  USER appuser',
    ],
  },
  {
    id: 'docker.expose-port',
    title: 'EXPOSE matches the server\'s port',
    why: 'EXPOSE documents which port the container serves on, and tools such as `docker run -P`, Compose and orchestrators rely on it. If it names a different port from the one the server listens on, traffic goes nowhere and the failure looks like a crashed service.',
    lesson: 'deployment-approaches',
    hints: [
      'Which port does uvicorn listen on in this project? Look at the CMD and at app/main.py.',
      'The EXPOSE instruction in the final stage should name that port.',
      'The server listens on 8000, so: EXPOSE 8000',
    ],
  },
  {
    id: 'docker.healthcheck',
    title: 'The final image has a HEALTHCHECK',
    why: 'A running process is not the same as a working model server: it may still be loading the model or be stuck. A HEALTHCHECK that calls the /health endpoint lets Docker and orchestrators see that, restart the container and keep traffic away from it.',
    lesson: 'deployment-approaches',
    hints: [
      'How would Docker know that the server inside the container has stopped answering?',
      'Add a HEALTHCHECK to the final stage that requests the app\'s /health endpoint.',
      'HEALTHCHECK --interval=30s --timeout=3s CMD curl -fsS http://localhost:8000/health || exit 1 (install curl, or use python -c with urllib).',
    ],
  },
  {
    id: 'docker.exec-form-cmd',
    title: 'One CMD or ENTRYPOINT, in exec form',
    why: 'In shell form (`CMD uvicorn ...`) the server runs under /bin/sh, which does not forward SIGTERM, so `docker stop` waits ten seconds and then kills it mid-request. Exec form (a JSON array) makes the server PID 1 and lets it shut down cleanly; and only the last CMD counts, so extra ones only mislead.',
    lesson: 'containerization',
    hints: [
      'What receives the stop signal when the container is stopped: your server or a shell?',
      'Write the start command as a JSON array of strings, and keep a single CMD in the final stage.',
      'CMD ["uvicorn", "app.main:app", "--host", "0.0.0.0", "--port", "8000"]',
    ],
  },
  {
    id: 'docker.no-secrets',
    title: 'No secrets in ARG or ENV',
    why: 'ARG and ENV values are stored in the image metadata and build history, readable by anyone who can pull the image. Secrets such as API keys and tokens belong in a build secret (RUN --mount=type=secret) or are passed to the container at run time.',
    lesson: 'containerization',
    hints: [
      'Run `docker history` or `docker inspect` on an image: what can you read there?',
      'Remove ARG and ENV instructions whose names hold passwords, tokens or keys.',
      'Pass secrets at run time (`docker run -e API_KEY=...` or an orchestrator secret), or use RUN --mount=type=secret while building.',
    ],
  },
  {
    id: 'docker.model-artifact',
    title: 'The model artifact is copied into the image',
    why: 'The image is the unit you deploy and roll back, so it should carry the exact model it serves next to the code that serves it. Copying the model explicitly makes that visible in the Dockerfile instead of depending on whatever a broad `COPY . .` happens to include.',
    lesson: 'containerization',
    hints: [
      'Where does app/main.py load the model from, and how does that file get into the image?',
      'Add a COPY for the models/ folder (or the model file) next to the app code.',
      'COPY models/ ./models/',
    ],
  },
  {
    id: 'docker.dockerignore',
    title: '.dockerignore keeps the build context small',
    why: 'Everything in the build context is sent to the Docker daemon and can end up in the image: the Git history, training data, a local virtualenv. A .dockerignore keeps builds fast, images small and private data out of the registry.',
    lesson: 'containerization',
    hints: [
      'Which folders in this project should never be inside the serving image?',
      'Create .dockerignore at the project root and list the Git folder, the data folder and virtualenvs.',
      'One pattern a line: .git, data/, .venv/, venv/, __pycache__/ (but not app/, models/ or requirements.txt).',
    ],
  },
] as const satisfies readonly CheckDefinition[];

export type CheckId = (typeof CHECKS)[number]['id'];
