"""Resumable batch jobs over directories or zips of documents (SQLite-backed)."""
from agent.jobs.engine import JobInfo, create_job, job_results, job_status, run_job

__all__ = ["JobInfo", "create_job", "job_results", "job_status", "run_job"]
