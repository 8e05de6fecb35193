#!/bin/bash
# Cluster templates for a Cluster API cloud (magnum-capi-helm), as an operator's runbook has them.
set -euo pipefail

openstack coe cluster template create k8s-1-30 \
  --image ubuntu-2204-kube-v1.30.4 \
  --coe kubernetes \
  --network-driver calico \
  --master-flavor m1.medium --flavor m1.large \
  --labels kube_tag=v1.30.4,auto_scaling_enabled=enabled,octavia_provider=ovn

# A cluster with one extra label: without --merge-labels it loses the template's labels.
openstack coe cluster create prod --cluster-template k8s-1-30 --node-count 3 --labels boot_volume_size=40
