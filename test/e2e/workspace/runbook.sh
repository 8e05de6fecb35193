#!/bin/bash
# Cluster templates of the lab cloud.
set -euo pipefail

openstack coe cluster template create swarm-lab \
    --image fedora-atomic-27 \
    --coe swarm \
    --docker-storage-driver overlay2 \
    --external-network public

openstack coe cluster template create k8s-lab \
    --image ubuntu-jammy-kube-v1.30.4 --coe kubernetes --network-driver calico \
    --labels kube_tag=v1.30.4,auto_scaling_enabled=true
