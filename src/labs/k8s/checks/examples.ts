// Whole-project variants shared by the checks' examples (*.cases.ts). Each is written the way real projects
// write Argo Rollouts and Kubernetes manifests, and each is a correct project. Tests and `npm run cases` only.

export const ROLLOUT = 'k8s/rollout.yaml';
export const SERVICE = 'k8s/service.yaml';
export const ANALYSIS = 'k8s/analysis.yaml';
export const PDB = 'k8s/pdb.yaml';

/** The lab's reference files. */
export const SOLUTION = `# The churn model server (the image built in the Docker lab), rolled out with Argo Rollouts.
# A canary in three steps (25 %, 50 %, 75 %, then 100 %), each held for 10 minutes while an analysis
# watches the canary's error rate and latency; a failed analysis aborts and returns all traffic to stable.
apiVersion: argoproj.io/v1alpha1
kind: Rollout
metadata:
  name: churn-model
  labels:
    app.kubernetes.io/name: churn-model
spec:
  replicas: 4 # 4 pods: 25/50/75 % are exactly 1, 2 and 3 canary pods
  revisionHistoryLimit: 3
  selector:
    matchLabels:
      app.kubernetes.io/name: churn-model
  template:
    metadata:
      labels:
        app.kubernetes.io/name: churn-model
        app.kubernetes.io/version: "1.4.0"
        model-version: "20241118T140509Z"
    spec:
      terminationGracePeriodSeconds: 30
      securityContext:
        runAsNonRoot: true
        runAsUser: 10001
        seccompProfile:
          type: RuntimeDefault
      containers:
        - name: server
          image: registry.example.com/churn-model:1.4.0
          ports:
            - name: http
              containerPort: 8000
          resources:
            requests:
              cpu: 250m
              memory: 256Mi
            limits:
              memory: 256Mi
          readinessProbe:
            httpGet:
              path: /health
              port: http
            initialDelaySeconds: 3
            periodSeconds: 5
          livenessProbe:
            httpGet:
              path: /health
              port: http
            initialDelaySeconds: 15
            periodSeconds: 10
            failureThreshold: 3
          lifecycle:
            preStop:
              exec:
                command: ["sleep", "5"]
          securityContext:
            allowPrivilegeEscalation: false
            readOnlyRootFilesystem: true
            capabilities:
              drop: ["ALL"]
          volumeMounts:
            - name: tmp
              mountPath: /tmp
      volumes:
        - name: tmp
          emptyDir: {}
  strategy:
    canary:
      canaryMetadata:
        labels:
          role: canary
      stableMetadata:
        labels:
          role: stable
      analysis:
        templates:
          - templateName: churn-model-health
        startingStep: 1 # from the first pause on
        args:
          - name: canary-hash
            valueFrom:
              podTemplateHashValue: Latest
      steps:
        - setWeight: 25
        - pause: {duration: 10m}
        - setWeight: 50
        - pause: {duration: 10m}
        - setWeight: 75
        - pause: {duration: 10m}
`;
export const SOLUTION_SERVICE = `apiVersion: v1
kind: Service
metadata:
  name: churn-model
  labels:
    app.kubernetes.io/name: churn-model
spec:
  selector:
    app.kubernetes.io/name: churn-model
  ports:
    - name: http
      port: 80
      targetPort: http
`;
export const SOLUTION_PDB = `apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: churn-model
spec:
  maxUnavailable: 1
  selector:
    matchLabels:
      app.kubernetes.io/name: churn-model
`;
export const SOLUTION_ANALYSIS = `# Run by the Rollout in the background from its first pause on. Each metric is read from Prometheus every minute,
# on the canary's pods only: Prometheus copies each pod's labels onto its series, and Argo Rollouts labels the
# canary's pods with rollouts-pod-template-hash. Three failed measurements of a metric abort the rollout.
apiVersion: argoproj.io/v1alpha1
kind: AnalysisTemplate
metadata:
  name: churn-model-health
spec:
  args:
    - name: canary-hash
  metrics:
    - name: error-rate
      interval: 1m
      failureLimit: 2
      # more than 1 % of the canary's requests answered with a 5xx fails the measurement
      failureCondition: result[0] > 0.01
      provider:
        prometheus:
          address: http://prometheus.monitoring.svc:9090
          query: |
            (sum(rate(http_requests_total{rollouts_pod_template_hash="{{args.canary-hash}}", status=~"5.."}[2m])) or vector(0))
            /
            sum(rate(http_requests_total{rollouts_pod_template_hash="{{args.canary-hash}}"}[2m]))
    - name: p95-latency
      interval: 1m
      failureLimit: 2
      # the canary's 95th percentile above 300 ms fails the measurement
      failureCondition: result[0] > 0.3
      provider:
        prometheus:
          address: http://prometheus.monitoring.svc:9090
          query: |
            histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket{rollouts_pod_template_hash="{{args.canary-hash}}"}[2m])))
`;

/** The solution's Rollout with one text replaced (throws when the text is not there, so a case never tests nothing). */
export function rollout(from: string, to: string): string {
  if (!SOLUTION.includes(from)) throw new Error(`not in the solution: ${from}`);
  return SOLUTION.replace(from, to);
}

export function edit(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`not in the text: ${from}`);
  return text.replace(from, to);
}

/** A team that keeps its Deployment and lets a Rollout take it over with workloadRef (Argo Rollouts' migration path). */
export const WORKLOAD_REF = edit(
  edit(SOLUTION, 'apiVersion: argoproj.io/v1alpha1\nkind: Rollout\nmetadata:\n  name: churn-model\n', 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: churn-model\n'),
  '  replicas: 4 # 4 pods: 25/50/75 % are exactly 1, 2 and 3 canary pods\n',
  '  replicas: 0 # scaled down: the Rollout below runs the pods\n',
).replace(/\n  strategy:\n[\s\S]*$/, '\n') + `---
apiVersion: argoproj.io/v1alpha1
kind: Rollout
metadata:
  name: churn-model
spec:
  replicas: 4
  workloadRef:
    apiVersion: apps/v1
    kind: Deployment
    name: churn-model
    scaleDown: progressively
  strategy:
    canary:
      analysis:
        templates:
          - templateName: churn-model-health
        startingStep: 1
        args:
          - name: canary-hash
            valueFrom:
              podTemplateHashValue: Latest
      steps:
        - setWeight: 25
        - pause: {duration: 10m}
        - setWeight: 50
        - pause: {duration: 10m}
        - setWeight: 75
        - pause: {duration: 10m}
`;

/** Exact weights through an Istio traffic router: any weight is exact, whatever the replica count. */
export const ISTIO = rollout(
  '      steps:\n        - setWeight: 25\n',
  '      canaryService: churn-model-canary\n      stableService: churn-model-stable\n      trafficRouting:\n        istio:\n          virtualService:\n            name: churn-model\n            routes:\n              - primary\n      steps:\n        - setWeight: 5\n        - pause: {duration: 10m}\n        - setWeight: 25\n',
);

/** Every object in one multi-document file, the other three files absent. */
export const ALL_IN_ONE = `${SOLUTION}---\n${SOLUTION_SERVICE}---\n${SOLUTION_PDB}---\n${SOLUTION_ANALYSIS}`;
export const ONLY_MAIN = { [ROLLOUT]: ALL_IN_ONE, [SERVICE]: null, [ANALYSIS]: null, [PDB]: null };
