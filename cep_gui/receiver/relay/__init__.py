"""The IT relay: the receiver's service, run inside an organization, that holds reports.

Clients are pointed at it by the ``Endpoint`` policy. It accepts reports exactly as
the receiver does (the same app, limits, validation and storage engines) and holds
them; IT reviews them on its pages or from the command line, the organization's
rules redact them, and released reports go upstream with the client's own uploader
rules, or across an air gap in signed bundles.
"""
