"""Metrics the model server exports on :8001/metrics (prometheus_client)."""
from prometheus_client import Counter, Histogram, start_http_server

# Default buckets: 5 ms up to 10 s, then +Inf.
LATENCY = Histogram("model_request_latency_seconds", "Prediction latency", ["model_version"])
REQUESTS = Counter("model_requests_total", "Prediction requests, failed ones included", ["model_version"])
ERRORS = Counter("model_errors_total", "Failed predictions", ["model_version"])
PREDICTIONS = Counter("model_predictions_total", "Successful predictions by class", ["model_version", "label"])

# Not exported here: the nightly drift report pushes model_feature_psi{feature="..."} (a gauge, the
# Population Stability Index of each feature, live data vs training data) to a Pushgateway.

VERSION = "1.4.0"


def serve_metrics(port: int = 8001) -> None:
    start_http_server(port)


def handle(model, x):
    REQUESTS.labels(VERSION).inc()  # count before anything can fail
    try:
        with LATENCY.labels(VERSION).time():
            label = int(model.predict(x)[0])
    except Exception:
        ERRORS.labels(VERSION).inc()
        raise
    PREDICTIONS.labels(VERSION, str(label)).inc()
    return label
