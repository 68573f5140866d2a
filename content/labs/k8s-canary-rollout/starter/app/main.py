"""Churn prediction service.

Serves the logistic-regression model that train.py exports to models/model.json.
The model is plain JSON (feature names, coefficients, intercept), so serving
needs no scikit-learn: a dot product and a sigmoid are enough.

Run locally:  uvicorn app.main:app --port 8000
"""
import json
import math
import os
from pathlib import Path

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

MODEL_PATH = Path(os.environ.get("MODEL_PATH", "models/model.json"))


def load_model(path: Path) -> dict:
    with path.open(encoding="utf-8") as f:
        model = json.load(f)
    if len(model["features"]) != len(model["coefficients"]):
        raise ValueError(f"{path}: features and coefficients differ in length")
    return model


model = load_model(MODEL_PATH)
app = FastAPI(title="churn-model", version=model["version"])


class Customer(BaseModel):
    tenure_months: float
    monthly_charges: float
    support_tickets: float


@app.get("/health")
def health() -> dict:
    return {"status": "ok", "model_version": model["version"]}


@app.post("/predict")
def predict(customer: Customer) -> dict:
    values = customer.model_dump()
    try:
        x = [(values[name] - mean) / std for name, mean, std in
             zip(model["features"], model["means"], model["stds"])]
    except KeyError as e:
        raise HTTPException(status_code=422, detail=f"missing feature {e}") from e
    z = model["intercept"] + sum(w * v for w, v in zip(model["coefficients"], x))
    probability = 1.0 / (1.0 + math.exp(-z))
    return {
        "churn_probability": round(probability, 4),
        "churn": probability >= model["threshold"],
        "model_version": model["version"],
    }


if __name__ == "__main__":
    import uvicorn

    uvicorn.run(app, host="0.0.0.0", port=8000)
