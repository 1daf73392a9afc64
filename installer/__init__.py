"""IT deployment: the policy templates generator and the package build scripts."""
