"""Minimal prediction API served from the Docker image."""

import joblib
import pandas as pd
from fastapi import FastAPI
from pydantic import BaseModel

from src.features import build_features

app = FastAPI(title="churn-model")
model = joblib.load("models/model.joblib")


class Customer(BaseModel):
    tenure_months: int
    monthly_charges: float
    support_calls: int
    contract: str


@app.get("/health")
def health() -> dict:
    return {"status": "ok"}


@app.post("/predict")
def predict(customer: Customer) -> dict:
    X = build_features(pd.DataFrame([customer.model_dump()]))
    return {"churn_probability": float(model.predict_proba(X)[0, 1])}
