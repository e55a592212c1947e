#!/usr/bin/env python3
"""Checks the Kubernetes manifests in deploy/k8s/ without a cluster: they parse, and the fields a
sharded sweep depends on agree with each other.

    k8s_manifests_test.py DISPATCHSIM REPOSITORY

- the sweep Job is Indexed, parallelism <= completions, and its SHARDS equals completions;
- its command, run by bash with JOB_COMPLETION_INDEX = 0..completions-1 (run-shard.sh replaced by
  a stub that prints its arguments), asks for shards 1/N..N/N, each once, writing to the mount
  path of the shared volume, with the sweep definition after "--";
- the definition names bundled scenarios and variants that `dispatchsim list` knows;
- the merge Job runs merge-shards.sh with --shards N and --out at the same volume's mount path;
- both mount the same claim, defined here as ReadWriteMany; the scripts they name exist.
Exit 0 when everything holds; 1 with every problem found."""

import glob
import os
import subprocess
import sys
import tempfile

import yaml

problems = []


def check(condition, message):
    if not condition:
        problems.append(message)
    return condition


def documents(directory):
    found = []
    for path in sorted(glob.glob(os.path.join(directory, "*.yaml"))):
        with open(path) as file:
            found += [(os.path.basename(path), doc) for doc in yaml.safe_load_all(file) if doc]
    return found


def only_container(name, job):
    containers = job["spec"]["template"]["spec"]["containers"]
    check(len(containers) == 1, f"{name}: one container expected, found {len(containers)}")
    return containers[0]


def env_of(container):
    return {item["name"]: item.get("value") for item in container.get("env", [])}


def volume_mounts(name, job, container):
    """mount path -> claim name, for the container's persistent volume claims."""
    volumes = {v["name"]: v for v in job["spec"]["template"]["spec"].get("volumes", [])}
    claims = {}
    for mount in container.get("volumeMounts", []):
        volume = volumes.get(mount["name"])
        if check(volume is not None, f"{name}: volumeMount {mount['name']} names no volume"):
            if "persistentVolumeClaim" in volume:
                claims[mount["mountPath"]] = volume["persistentVolumeClaim"]["claimName"]
    return claims


def run_command_per_index(container, completions, stub_directory, mapping):
    """Runs the container's command the way the Indexed Job would, once per index, with the
    image's paths mapped into the stub directory. Returns each run's printed arguments."""
    command = container["command"] + container.get("args", [])
    runs = []
    for index in range(completions):
        env = dict(os.environ, JOB_COMPLETION_INDEX=str(index))
        env.update({k: v for k, v in env_of(container).items() if v is not None})
        mapped = [mapping(word) for word in command]
        result = subprocess.run(mapped, env=env, capture_output=True, text=True)
        if not check(result.returncode == 0, f"sweep command failed for index {index}: {result.stderr}"):
            return []
        runs.append(result.stdout.split("\n")[:-1])
    return runs


def option(arguments, name):
    return arguments[arguments.index(name) + 1] if name in arguments else None


def check_sweep_job(name, job, program, repository, stub_directory):
    spec = job["spec"]
    check(spec.get("completionMode") == "Indexed", f"{name}: completionMode must be Indexed")
    completions = spec.get("completions")
    if not check(isinstance(completions, int) and completions >= 1, f"{name}: completions must be >= 1"):
        return None, None, None
    parallelism = spec.get("parallelism", 1)
    check(isinstance(parallelism, int) and 1 <= parallelism <= completions,
          f"{name}: parallelism {parallelism} must be within 1..completions ({completions})")
    check(spec["template"]["spec"].get("restartPolicy") in ("Never", "OnFailure"),
          f"{name}: a Job's pods need restartPolicy Never or OnFailure")
    container = only_container(name, job)
    env = env_of(container)
    check(env.get("SHARDS") == str(completions), f"{name}: SHARDS ({env.get('SHARDS')}) must equal completions ({completions})")
    script = " ".join(container["command"])
    check("JOB_COMPLETION_INDEX" in script, f"{name}: the command must take its shard from JOB_COMPLETION_INDEX")
    claims = volume_mounts(name, job, container)

    # The image's /opt/dispatchsim/deploy/common/run-shard.sh is replaced by a stub.
    stub = os.path.join(stub_directory, "run-shard.sh")
    with open(stub, "w") as file:
        file.write('#!/bin/sh\nfor a in "$@"; do printf "%s\\n" "$a"; done\n')
    os.chmod(stub, 0o755)
    image_script = "/opt/dispatchsim/deploy/common/run-shard.sh"
    check(image_script in script, f"{name}: the command must run {image_script}")
    check(os.path.exists(os.path.join(repository, "deploy/common/run-shard.sh")), "deploy/common/run-shard.sh is missing")
    runs = run_command_per_index(container, completions, stub_directory, lambda word: word.replace(image_script, stub))
    shards = sorted(option(arguments, "--shard") or "" for arguments in runs)
    expected = sorted(f"{index}/{completions}" for index in range(1, completions + 1))
    check(shards == expected, f"{name}: the pods ask for shards {shards}, expected {expected}")
    definition = runs[0][runs[0].index("--") + 1:] if runs and "--" in runs[0] else []
    check(definition == container.get("args", []), f"{name}: the definition must reach run-shard.sh after --: {definition}")
    out = option(runs[0], "--out") if runs else None
    check(out in claims, f"{name}: --out {out} must be the mount path of a persistent volume claim ({claims})")
    check_definition(name, definition, program)
    return completions, out, claims.get(out)


def check_definition(name, definition, program):
    listing = subprocess.run([program, "list"], capture_output=True, text=True).stdout.split()
    for flag, value in zip(definition, definition[1:]):
        if flag in ("-s", "--scenario"):
            check(value in listing, f"{name}: scenario {value} is not bundled (dispatchsim list)")
        if flag in ("-v", "--variant"):
            check(value in ("legacy", "plan", "hardened"), f"{name}: unknown variant {value}")
    check("--seeds" in definition, f"{name}: the definition needs --seeds")


def check_merge_job(name, job, completions, out, claim, repository):
    spec = job["spec"]
    check(spec.get("completionMode", "NonIndexed") == "NonIndexed", f"{name}: the merge is one pod, not indexed")
    check(spec.get("completions", 1) == 1 and spec.get("parallelism", 1) == 1, f"{name}: the merge is one pod")
    container = only_container(name, job)
    command = container["command"] + container.get("args", [])
    check(any(word.endswith("/deploy/common/merge-shards.sh") for word in command), f"{name}: must run merge-shards.sh")
    check(os.path.exists(os.path.join(repository, "deploy/common/merge-shards.sh")), "deploy/common/merge-shards.sh is missing")
    check(option(command, "--shards") == str(completions),
          f"{name}: --shards {option(command, '--shards')} must equal the sweep's completions ({completions})")
    claims = volume_mounts(name, job, container)
    check(option(command, "--out") == out, f"{name}: --out must be {out}, where the shards are")
    check(claims.get(out) == claim, f"{name}: must mount claim {claim} at {out} (mounts: {claims})")


def main():
    program, repository = sys.argv[1], sys.argv[2]
    manifests = documents(os.path.join(repository, "deploy/k8s"))
    jobs = [(f"{file}:{doc['metadata']['name']}", doc) for file, doc in manifests if doc.get("kind") == "Job"]
    for name, job in jobs:
        check(job.get("apiVersion") == "batch/v1", f"{name}: apiVersion must be batch/v1")
    indexed = [(n, j) for n, j in jobs if j["spec"].get("completionMode") == "Indexed"]
    merges = [(n, j) for n, j in jobs if j["spec"].get("completionMode") != "Indexed"]
    if check(len(indexed) == 1 and len(merges) == 1, f"expected one Indexed sweep Job and one merge Job, found {[n for n, _ in jobs]}"):
        with tempfile.TemporaryDirectory() as stub_directory:
            completions, out, claim = check_sweep_job(*indexed[0], program, repository, stub_directory)
        if completions:
            check_merge_job(*merges[0], completions, out, claim, repository)
            claims = [doc for _, doc in manifests if doc.get("kind") == "PersistentVolumeClaim"
                      and doc["metadata"]["name"] == claim]
            if check(len(claims) == 1, f"the claim {claim} must be defined in deploy/k8s/"):
                check("ReadWriteMany" in claims[0]["spec"].get("accessModes", []),
                      f"claim {claim}: pods on several nodes write it: ReadWriteMany")
    if problems:
        print("k8s manifests: " + "\n  ".join(["problems:"] + problems), file=sys.stderr)
        return 1
    print(f"k8s manifests: {len(manifests)} documents; Indexed Job of {completions} shards and merge Job agree")
    return 0


if __name__ == "__main__":
    sys.exit(main())
