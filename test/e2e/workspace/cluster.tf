resource "openstack_containerinfra_clustertemplate_v1" "swarm" {
  name                  = "swarm-lab"
  coe                   = "swarm"
  image                 = "fedora-atomic-27"
  docker_storage_driver = "overlay2"
  external_network_id   = "public"
}

resource "openstack_containerinfra_clustertemplate_v1" "k8s" {
  name  = "k8s-lab"
  coe   = "kubernetes"
  image = "ubuntu-jammy-kube-v1.30.4"
  network_driver = "calico"
  labels = {
    kube_tag             = "v1.30.4"
    auto_scaling_enabled = "true"
  }
}
