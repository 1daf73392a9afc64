"""Microsoft Configuration Manager (SCCM): the site's AdminService, as counts."""
