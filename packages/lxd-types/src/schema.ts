// This file is generated from specs/lxd.openapi.yaml by scripts/generate-types.mjs.
// Do not edit it by hand: edit the spec, then run `pnpm generate`.

export interface paths {
    "/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the API versions
         * @description Lists the major API versions the daemon serves. Needs no trust.
         */
        get: operations["listApiVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/1.0": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the server environment and configuration
         * @description Any client may call this; what it returns depends on whether the daemon trusts the client.
         */
        get: operations["getServer"];
        /**
         * Replace the server configuration
         * @description Replaces the whole server configuration: keys missing from `config` are unset.
         */
        put: operations["updateServer"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update part of the server configuration
         * @description Sets only the keys present in `config`; the others keep their values.
         */
        patch: operations["patchServer"];
        trace?: never;
    };
    "/1.0/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Subscribe to the event stream
         * @description A websocket endpoint: send `Connection: Upgrade` and `Upgrade: websocket`. Subscribe before starting an operation to see every state change; operations vanish from `/1.0/operations` 5 seconds after they end.
         */
        get: operations["getEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/1.0/resources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get the host hardware resources */
        get: operations["getResources"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/1.0/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get instance metrics
         * @description Needs a trusted `client` certificate or a `metrics` certificate; the answer is plain text, not an envelope.
         */
        get: operations["getMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/1.0/operations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the operations
         * @description Lists the current operations and those that ended less than 5 seconds ago.
         */
        get: operations["listOperations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/1.0/operations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Operation UUID.
                 * @example f307bb1c-297f-4635-9840-2022870cd387
                 */
                id: components["parameters"]["operationId"];
            };
            cookie?: never;
        };
        /**
         * Get an operation
         * @description A failed operation is still a 200 answer: check `metadata.status_code` (400 Failure, 401 Cancelled) and `metadata.err`. Ended operations answer 404 after 5 seconds.
         */
        get: operations["getOperation"];
        put?: never;
        post?: never;
        /**
         * Cancel an operation
         * @description Cancels an operation whose `may_cancel` is true; it then reads `status: Cancelled`, `status_code: 401`.
         */
        delete: operations["cancelOperation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/1.0/operations/{id}/wait": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Operation UUID.
                 * @example f307bb1c-297f-4635-9840-2022870cd387
                 */
                id: components["parameters"]["operationId"];
            };
            cookie?: never;
        };
        /**
         * Wait for an operation to end
         * @description Long-polls until the operation reaches a final state or `timeout` seconds pass. Untrusted clients may wait on an operation they hold the `secret` of.
         */
        get: operations["waitOperation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/1.0/operations/{id}/websocket": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Operation UUID.
                 * @example f307bb1c-297f-4635-9840-2022870cd387
                 */
                id: components["parameters"]["operationId"];
            };
            cookie?: never;
        };
        /**
         * Connect to a websocket of an operation
         * @description Attaches to one of the websockets of a `websocket` operation. `secret` selects the stream; the secrets are in the operation metadata (`fds` for exec and console, `control`/`fs` for migration). Untrusted clients may connect with a valid secret.
         */
        get: operations["connectOperationWebsocket"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/1.0/certificates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the trusted certificates */
        get: operations["listCertificates"];
        put?: never;
        /**
         * Add a trusted certificate
         * @description A trusted client adds any certificate (base64 DER in `certificate`). An untrusted client (the `public` variant) adds its own TLS client certificate by giving the trust password or a join token in `password`; a wrong password is 403, an already trusted client gets 400.
         */
        post: operations["addCertificate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/1.0/certificates/{fingerprint}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Certificate fingerprint (or a unique prefix of it).
                 * @example a8fdb3a9efb469af81d922617febe5ad4ada09c1bea01160d6cdbedb341879c6
                 */
                fingerprint: components["parameters"]["certificateFingerprint"];
            };
            cookie?: never;
        };
        /** Get a trusted certificate */
        get: operations["getCertificate"];
        /** Replace a certificate entry */
        put: operations["updateCertificate"];
        post?: never;
        /** Remove a trusted certificate */
        delete: operations["deleteCertificate"];
        options?: never;
        head?: never;
        /** Update part of a certificate entry */
        patch: operations["patchCertificate"];
        trace?: never;
    };
    "/1.0/warnings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the warnings */
        get: operations["listWarnings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/1.0/warnings/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Warning UUID.
                 * @example 3e5f9c1a-8b7d-4f2e-a6c4-0d9b1e7f2a53
                 */
                uuid: components["parameters"]["warningUuid"];
            };
            cookie?: never;
        };
        /** Get a warning */
        get: operations["getWarning"];
        /**
         * Set the status of a warning
         * @description Acknowledges a warning (or marks it new again); any other status is refused with 403. The daemon does not check `If-Match` here.
         */
        put: operations["updateWarning"];
        post?: never;
        /** Delete a warning */
        delete: operations["deleteWarning"];
        options?: never;
        head?: never;
        /** Update the status of a warning */
        patch: operations["patchWarning"];
        trace?: never;
    };
    "/1.0/profiles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the profiles */
        get: operations["listProfiles"];
        put?: never;
        /**
         * Create a profile
         * @description An existing name is refused with 500 ("The profile already exists") by LXD 5.0.2.
         */
        post: operations["createProfile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/1.0/profiles/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Profile name.
                 * @example default
                 */
                name: components["parameters"]["profileName"];
            };
            cookie?: never;
        };
        /** Get a profile */
        get: operations["getProfile"];
        /**
         * Replace a profile
         * @description Replaces the configuration and devices; instances using the profile are updated. Unknown configuration keys give 500.
         */
        put: operations["updateProfile"];
        /** Rename a profile */
        post: operations["renameProfile"];
        /** Delete a profile */
        delete: operations["deleteProfile"];
        options?: never;
        head?: never;
        /**
         * Update part of a profile
         * @description Merges the given `config` and `devices` keys into the profile.
         */
        patch: operations["patchProfile"];
        trace?: never;
    };
    "/1.0/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the projects */
        get: operations["listProjects"];
        put?: never;
        /** Create a project */
        post: operations["createProject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/1.0/projects/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Project name.
                 * @example default
                 */
                name: components["parameters"]["projectName"];
            };
            cookie?: never;
        };
        /** Get a project */
        get: operations["getProject"];
        /** Replace a project */
        put: operations["updateProject"];
        /**
         * Rename a project
         * @description Only empty projects can be renamed.
         */
        post: operations["renameProject"];
        /**
         * Delete a project
         * @description Only empty projects can be deleted; `default` never.
         */
        delete: operations["deleteProject"];
        options?: never;
        head?: never;
        /** Update part of a project */
        patch: operations["patchProject"];
        trace?: never;
    };
    "/1.0/projects/{name}/state": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Project name.
                 * @example default
                 */
                name: components["parameters"]["projectName"];
            };
            cookie?: never;
        };
        /** Get the resource usage of a project */
        get: operations["getProjectState"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/1.0/images": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the images
         * @description Trusted clients see every image of the project; untrusted clients (the `public` variant) only the public ones.
         */
        get: operations["listImages"];
        put?: never;
        /**
         * Add an image
         * @description Imports an image from a JSON description of its source, or from a tarball sent as the body (`application/octet-stream` for a unified image, `multipart/form-data` with `metadata` and `rootfs` parts for a split one). Untrusted clients (the `public` variant) may only push an image another daemon announced, with `X-LXD-secret` and `X-LXD-fingerprint`.
         */
        post: operations["createImage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/1.0/images/{fingerprint}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Image fingerprint (or a unique prefix of it).
                 * @example 8f1c6a2de3b1c90e7c7a5f7cb60c9d2b4e3fbd64a2e8a7b6c1f0d39e55a47b21
                 */
                fingerprint: components["parameters"]["imageFingerprint"];
            };
            cookie?: never;
        };
        /**
         * Get an image
         * @description Untrusted clients (the `public` variant) may read a public image, or a private one with the `secret` obtained from `POST /1.0/images/{fingerprint}/secret`. A unique prefix of the fingerprint is accepted.
         */
        get: operations["getImage"];
        /** Replace the image properties */
        put: operations["updateImage"];
        post?: never;
        /** Delete an image */
        delete: operations["deleteImage"];
        options?: never;
        head?: never;
        /** Update part of the image properties */
        patch: operations["patchImage"];
        trace?: never;
    };
    "/1.0/images/{fingerprint}/export": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Image fingerprint (or a unique prefix of it).
                 * @example 8f1c6a2de3b1c90e7c7a5f7cb60c9d2b4e3fbd64a2e8a7b6c1f0d39e55a47b21
                 */
                fingerprint: components["parameters"]["imageFingerprint"];
            };
            cookie?: never;
        };
        /**
         * Download an image
         * @description Untrusted clients (the `public` variant) may download a public image, or a private one with its `secret`.
         */
        get: operations["exportImage"];
        put?: never;
        /**
         * Push an image to another server
         * @description Daemon quirk (LXD 5.0.2, live audit 2026-11): a push to an unreachable host fails synchronously with `500` instead of through an operation.
         */
        post: operations["pushImage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/1.0/images/{fingerprint}/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Image fingerprint (or a unique prefix of it).
                 * @example 8f1c6a2de3b1c90e7c7a5f7cb60c9d2b4e3fbd64a2e8a7b6c1f0d39e55a47b21
                 */
                fingerprint: components["parameters"]["imageFingerprint"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Refresh an image from its source */
        post: operations["refreshImage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/1.0/images/{fingerprint}/secret": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Image fingerprint (or a unique prefix of it).
                 * @example 8f1c6a2de3b1c90e7c7a5f7cb60c9d2b4e3fbd64a2e8a7b6c1f0d39e55a47b21
                 */
                fingerprint: components["parameters"]["imageFingerprint"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a one-time download secret
         * @description Lets an untrusted client read and download this private image once.
         */
        post: operations["createImageSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/1.0/images/aliases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the image aliases */
        get: operations["listImageAliases"];
        put?: never;
        /**
         * Create an image alias
         * @description Daemon quirk (LXD 5.0.2, live audit 2026-11): the `Location` header of an alias whose name has a `/` is double-encoded (`%252F`).
         */
        post: operations["createImageAlias"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/1.0/images/aliases/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Alias name (percent-encode `/`).
                 * @example alpine/3.18
                 */
                name: components["parameters"]["aliasName"];
            };
            cookie?: never;
        };
        /**
         * Get an image alias
         * @description Untrusted clients (the `public` variant) only see aliases of public images. Alias names may contain `/`; send it percent-encoded.
         */
        get: operations["getImageAlias"];
        /** Replace an image alias */
        put: operations["updateImageAlias"];
        /** Rename an image alias */
        post: operations["renameImageAlias"];
        /** Delete an image alias */
        delete: operations["deleteImageAlias"];
        options?: never;
        head?: never;
        /**
         * Update part of an image alias
         * @description Daemon quirk (LXD 5.0.2, live audit 2026-11): the call hangs about 20 s, then answers `500 context deadline exceeded`; use PUT.
         */
        patch: operations["patchImageAlias"];
        trace?: never;
    };
    "/1.0/instances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the instances
         * @description A malformed `filter` is answered with 500 by LXD 5.0.2.
         */
        get: operations["listInstances"];
        /**
         * Change the state of all instances
         * @description Starts, stops, freezes... every instance of the project in one operation.
         */
        put: operations["updateInstancesState"];
        /**
         * Create an instance
         * @description Creates an instance from an image, from nothing (`source.type: none`), by copy or migration, or from a backup tarball sent as `application/octet-stream` (then `X-LXD-name` and `X-LXD-pool` may override the stored name and pool). An unknown `source.type` is answered with 400. Daemon quirk (LXD 5.0.2, live audit 2026-11): a duplicate instance name is accepted with `202`; the operation then fails.
         */
        post: operations["createInstance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/1.0/instances/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Instance name.
                 * @example c1
                 */
                name: components["parameters"]["instanceName"];
            };
            cookie?: never;
        };
        /** Get an instance */
        get: operations["getInstance"];
        /**
         * Replace the instance configuration
         * @description Replaces configuration, devices and profiles; with `restore` set, restores that snapshot instead.
         */
        put: operations["updateInstance"];
        /**
         * Rename, move or migrate an instance
         * @description With `migration: false` renames the instance (it must be stopped). With `migration: true` prepares the instance as a migration source: the operation stays running until the target connects to its websockets.
         */
        post: operations["renameInstance"];
        /**
         * Delete an instance
         * @description The instance must be stopped.
         */
        delete: operations["deleteInstance"];
        options?: never;
        head?: never;
        /**
         * Update part of the instance configuration
         * @description Merges the given keys into the instance configuration and devices.
         */
        patch: operations["patchInstance"];
        trace?: never;
    };
    "/1.0/instances/{name}/state": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Instance name.
                 * @example c1
                 */
                name: components["parameters"]["instanceName"];
            };
            cookie?: never;
        };
        /** Get the runtime state of an instance */
        get: operations["getInstanceState"];
        /** Start, stop, restart, freeze or unfreeze an instance */
        put: operations["updateInstanceState"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/1.0/instances/{name}/exec": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Instance name.
                 * @example c1
                 */
                name: components["parameters"]["instanceName"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run a command in an instance
         * @description Connect to the streams with `GET /1.0/operations/{id}/websocket?secret=...`.
         */
        post: operations["execInstance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/1.0/instances/{name}/console": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Instance name.
                 * @example c1
                 */
                name: components["parameters"]["instanceName"];
            };
            cookie?: never;
        };
        /**
         * Get the console log
         * @description Daemon quirk (LXD 5.0.2, seen live by packages/lxd/test/live-exec.test.ts): while the console ring buffer is empty (nothing written yet, or just cleared), liblxc answers ENODATA and the daemon turns that into `500 open : no such file or directory` instead of an empty log.
         */
        get: operations["getInstanceConsoleLog"];
        put?: never;
        /** Attach to the console */
        post: operations["connectInstanceConsole"];
        /** Clear the console log */
        delete: operations["clearInstanceConsoleLog"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/1.0/instances/{name}/files": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Instance name.
                 * @example c1
                 */
                name: components["parameters"]["instanceName"];
            };
            cookie?: never;
        };
        /**
         * Read a file or list a directory
         * @description Daemon quirk (LXD 5.0.2, live audit 2026-11): a missing file on an instance without a rootfs is `500`, not `404` (it is `404` with a rootfs).
         */
        get: operations["getInstanceFile"];
        put?: never;
        /**
         * Create or replace a file
         * @description Writes the body to `path`. For `X-LXD-type: symlink` the body is the link target; for `directory` it is empty.
         */
        post: operations["writeInstanceFile"];
        /** Delete a file */
        delete: operations["deleteInstanceFile"];
        options?: never;
        /** Get the metadata of a file */
        head: operations["getInstanceFileMetadata"];
        patch?: never;
        trace?: never;
    };
    "/1.0/instances/{name}/logs": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Instance name.
                 * @example c1
                 */
                name: components["parameters"]["instanceName"];
            };
            cookie?: never;
        };
        /** List the log files of an instance */
        get: operations["listInstanceLogs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/1.0/instances/{name}/logs/{filename}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Instance name.
                 * @example c1
                 */
                name: components["parameters"]["instanceName"];
                /**
                 * @description Log file name.
                 * @example lxc.log
                 */
                filename: components["parameters"]["logFilename"];
            };
            cookie?: never;
        };
        /** Read a log file */
        get: operations["getInstanceLog"];
        put?: never;
        post?: never;
        /**
         * Delete a log file
         * @description Only `.log` files other than the running instance's `lxc.log` can be deleted (e.g. exec output logs).
         */
        delete: operations["deleteInstanceLog"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/1.0/instances/{name}/metadata": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Instance name.
                 * @example c1
                 */
                name: components["parameters"]["instanceName"];
            };
            cookie?: never;
        };
        /** Get the image metadata of an instance */
        get: operations["getInstanceMetadata"];
        /** Replace the image metadata of an instance */
        put: operations["updateInstanceMetadata"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update part of the image metadata of an instance */
        patch: operations["patchInstanceMetadata"];
        trace?: never;
    };
    "/1.0/instances/{name}/metadata/templates": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Instance name.
                 * @example c1
                 */
                name: components["parameters"]["instanceName"];
            };
            cookie?: never;
        };
        /** List the templates or read one */
        get: operations["getInstanceTemplate"];
        put?: never;
        /** Create or replace a template */
        post: operations["writeInstanceTemplate"];
        /** Delete a template */
        delete: operations["deleteInstanceTemplate"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/1.0/instances/{name}/sftp": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Instance name.
                 * @example c1
                 */
                name: components["parameters"]["instanceName"];
            };
            cookie?: never;
        };
        /**
         * Open an SFTP session on the instance filesystem
         * @description Send `Connection: Upgrade` and `Upgrade: sftp`; after the 101 answer the raw connection speaks the SFTP protocol.
         */
        get: operations["connectInstanceSftp"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/1.0/instances/{name}/snapshots": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Instance name.
                 * @example c1
                 */
                name: components["parameters"]["instanceName"];
            };
            cookie?: never;
        };
        /** List the snapshots of an instance */
        get: operations["listInstanceSnapshots"];
        put?: never;
        /** Create a snapshot */
        post: operations["createInstanceSnapshot"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/1.0/instances/{name}/snapshots/{snapshot}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Instance name.
                 * @example c1
                 */
                name: components["parameters"]["instanceName"];
                /**
                 * @description Snapshot name.
                 * @example snap0
                 */
                snapshot: components["parameters"]["snapshotName"];
            };
            cookie?: never;
        };
        /** Get a snapshot */
        get: operations["getInstanceSnapshot"];
        /** Replace the writable fields of a snapshot */
        put: operations["updateInstanceSnapshot"];
        /** Rename or migrate a snapshot */
        post: operations["renameInstanceSnapshot"];
        /** Delete a snapshot */
        delete: operations["deleteInstanceSnapshot"];
        options?: never;
        head?: never;
        /** Update part of a snapshot */
        patch: operations["patchInstanceSnapshot"];
        trace?: never;
    };
    "/1.0/instances/{name}/backups": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Instance name.
                 * @example c1
                 */
                name: components["parameters"]["instanceName"];
            };
            cookie?: never;
        };
        /** List the backups of an instance */
        get: operations["listInstanceBackups"];
        put?: never;
        /** Create a backup */
        post: operations["createInstanceBackup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/1.0/instances/{name}/backups/{backup}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Instance name.
                 * @example c1
                 */
                name: components["parameters"]["instanceName"];
                /**
                 * @description Backup name.
                 * @example backup0
                 */
                backup: components["parameters"]["backupName"];
            };
            cookie?: never;
        };
        /** Get a backup */
        get: operations["getInstanceBackup"];
        put?: never;
        /** Rename a backup */
        post: operations["renameInstanceBackup"];
        /** Delete a backup */
        delete: operations["deleteInstanceBackup"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/1.0/instances/{name}/backups/{backup}/export": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Instance name.
                 * @example c1
                 */
                name: components["parameters"]["instanceName"];
                /**
                 * @description Backup name.
                 * @example backup0
                 */
                backup: components["parameters"]["backupName"];
            };
            cookie?: never;
        };
        /** Download a backup */
        get: operations["exportInstanceBackup"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/1.0/storage-pools": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List storage pools */
        get: operations["listStoragePools"];
        put?: never;
        /**
         * Create a storage pool
         * @description Creates a pool. In a cluster, define it on each member first with `target`, then create it without `target`.
         */
        post: operations["createStoragePool"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/1.0/storage-pools/{pool}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Storage pool name.
                 * @example default
                 */
                pool: components["parameters"]["storagePoolName"];
            };
            cookie?: never;
        };
        /** Get a storage pool */
        get: operations["getStoragePool"];
        /**
         * Replace a storage pool's configuration
         * @description Replaces the description and configuration (keys left out are unset).
         */
        put: operations["updateStoragePool"];
        post?: never;
        /**
         * Delete a storage pool
         * @description Removes an unused pool.
         */
        delete: operations["deleteStoragePool"];
        options?: never;
        head?: never;
        /**
         * Update part of a storage pool's configuration
         * @description Changes only the given fields and configuration keys.
         */
        patch: operations["patchStoragePool"];
        trace?: never;
    };
    "/1.0/storage-pools/{pool}/resources": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Storage pool name.
                 * @example default
                 */
                pool: components["parameters"]["storagePoolName"];
            };
            cookie?: never;
        };
        /** Get a storage pool's usage */
        get: operations["getStoragePoolResources"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/1.0/storage-pools/{pool}/volumes": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Storage pool name.
                 * @example default
                 */
                pool: components["parameters"]["storagePoolName"];
            };
            cookie?: never;
        };
        /** List the volumes of a pool */
        get: operations["listStorageVolumes"];
        put?: never;
        /**
         * Create a storage volume
         * @description Creates a custom volume. A blank volume is created at once (200 with empty metadata); a copy or migration (`source.type`) runs as a background operation (202).
         */
        post: operations["createStorageVolume"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/1.0/storage-pools/{pool}/volumes/{type}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Storage pool name.
                 * @example default
                 */
                pool: components["parameters"]["storagePoolName"];
                /**
                 * @description Volume type.
                 * @example custom
                 */
                type: components["parameters"]["storageVolumeType"];
            };
            cookie?: never;
        };
        /** List the volumes of one type */
        get: operations["listStorageVolumesOfType"];
        put?: never;
        /**
         * Create a storage volume of this type
         * @description Creates a custom volume. A blank volume is created at once (200 with empty metadata); a copy or migration (`source.type`) runs as a background operation (202). Only `custom` is accepted as type.
         */
        post: operations["createStorageVolumeOfType"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/1.0/storage-pools/{pool}/volumes/{type}/{volume}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Storage pool name.
                 * @example default
                 */
                pool: components["parameters"]["storagePoolName"];
                /**
                 * @description Volume type.
                 * @example custom
                 */
                type: components["parameters"]["storageVolumeType"];
                /**
                 * @description Volume name (for instance volumes, the instance name; for images, the fingerprint).
                 * @example data
                 */
                volume: components["parameters"]["storageVolumeName"];
            };
            cookie?: never;
        };
        /** Get a storage volume */
        get: operations["getStorageVolume"];
        /**
         * Replace a storage volume's configuration
         * @description Replaces the description and configuration; with `restore`, rolls the volume back to that snapshot instead.
         */
        put: operations["updateStorageVolume"];
        /**
         * Rename, move or migrate a storage volume
         * @description A rename inside the same pool finishes at once (201). A move to another pool or project, or a migration (`migration: true`, websocket operation in pull mode), runs in the background (202).
         */
        post: operations["renameStorageVolume"];
        /**
         * Delete a storage volume
         * @description Removes a custom volume that no instance or profile uses.
         */
        delete: operations["deleteStorageVolume"];
        options?: never;
        head?: never;
        /** Update part of a storage volume's configuration */
        patch: operations["patchStorageVolume"];
        trace?: never;
    };
    "/1.0/storage-pools/{pool}/volumes/{type}/{volume}/state": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Storage pool name.
                 * @example default
                 */
                pool: components["parameters"]["storagePoolName"];
                /**
                 * @description Volume type.
                 * @example custom
                 */
                type: components["parameters"]["storageVolumeType"];
                /**
                 * @description Volume name (for instance volumes, the instance name; for images, the fingerprint).
                 * @example data
                 */
                volume: components["parameters"]["storageVolumeName"];
            };
            cookie?: never;
        };
        /**
         * Get a storage volume's usage
         * @description Daemon quirk (LXD 5.0.2, live audit 2026-11): `500 Not supported` on a `dir` pool.
         */
        get: operations["getStorageVolumeState"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/1.0/storage-pools/{pool}/volumes/{type}/{volume}/snapshots": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Storage pool name.
                 * @example default
                 */
                pool: components["parameters"]["storagePoolName"];
                /**
                 * @description Volume type.
                 * @example custom
                 */
                type: components["parameters"]["storageVolumeType"];
                /**
                 * @description Volume name (for instance volumes, the instance name; for images, the fingerprint).
                 * @example data
                 */
                volume: components["parameters"]["storageVolumeName"];
            };
            cookie?: never;
        };
        /** List a volume's snapshots */
        get: operations["listStorageVolumeSnapshots"];
        put?: never;
        /** Snapshot a storage volume */
        post: operations["createStorageVolumeSnapshot"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/1.0/storage-pools/{pool}/volumes/{type}/{volume}/snapshots/{snapshot}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Storage pool name.
                 * @example default
                 */
                pool: components["parameters"]["storagePoolName"];
                /**
                 * @description Volume type.
                 * @example custom
                 */
                type: components["parameters"]["storageVolumeType"];
                /**
                 * @description Volume name (for instance volumes, the instance name; for images, the fingerprint).
                 * @example data
                 */
                volume: components["parameters"]["storageVolumeName"];
                /**
                 * @description Snapshot name.
                 * @example snap0
                 */
                snapshot: components["parameters"]["storageVolumeSnapshotName"];
            };
            cookie?: never;
        };
        /** Get a volume snapshot */
        get: operations["getStorageVolumeSnapshot"];
        /** Replace a volume snapshot's fields */
        put: operations["updateStorageVolumeSnapshot"];
        /** Rename a volume snapshot */
        post: operations["renameStorageVolumeSnapshot"];
        /** Delete a volume snapshot */
        delete: operations["deleteStorageVolumeSnapshot"];
        options?: never;
        head?: never;
        /** Update part of a volume snapshot */
        patch: operations["patchStorageVolumeSnapshot"];
        trace?: never;
    };
    "/1.0/storage-pools/{pool}/volumes/{type}/{volume}/backups": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Storage pool name.
                 * @example default
                 */
                pool: components["parameters"]["storagePoolName"];
                /**
                 * @description Volume type.
                 * @example custom
                 */
                type: components["parameters"]["storageVolumeType"];
                /**
                 * @description Volume name (for instance volumes, the instance name; for images, the fingerprint).
                 * @example data
                 */
                volume: components["parameters"]["storageVolumeName"];
            };
            cookie?: never;
        };
        /** List a volume's backups */
        get: operations["listStorageVolumeBackups"];
        put?: never;
        /**
         * Back up a custom volume
         * @description Builds a backup tarball on the server; download it from `.../backups/{backup}/export`.
         */
        post: operations["createStorageVolumeBackup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/1.0/storage-pools/{pool}/volumes/{type}/{volume}/backups/{backup}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Storage pool name.
                 * @example default
                 */
                pool: components["parameters"]["storagePoolName"];
                /**
                 * @description Volume type.
                 * @example custom
                 */
                type: components["parameters"]["storageVolumeType"];
                /**
                 * @description Volume name (for instance volumes, the instance name; for images, the fingerprint).
                 * @example data
                 */
                volume: components["parameters"]["storageVolumeName"];
                /**
                 * @description Backup name.
                 * @example backup0
                 */
                backup: components["parameters"]["storageVolumeBackupName"];
            };
            cookie?: never;
        };
        /** Get a volume backup */
        get: operations["getStorageVolumeBackup"];
        put?: never;
        /** Rename a volume backup */
        post: operations["renameStorageVolumeBackup"];
        /** Delete a volume backup */
        delete: operations["deleteStorageVolumeBackup"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/1.0/storage-pools/{pool}/volumes/{type}/{volume}/backups/{backup}/export": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Storage pool name.
                 * @example default
                 */
                pool: components["parameters"]["storagePoolName"];
                /**
                 * @description Volume type.
                 * @example custom
                 */
                type: components["parameters"]["storageVolumeType"];
                /**
                 * @description Volume name (for instance volumes, the instance name; for images, the fingerprint).
                 * @example data
                 */
                volume: components["parameters"]["storageVolumeName"];
                /**
                 * @description Backup name.
                 * @example backup0
                 */
                backup: components["parameters"]["storageVolumeBackupName"];
            };
            cookie?: never;
        };
        /** Download a volume backup */
        get: operations["exportStorageVolumeBackup"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/1.0/networks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List networks
         * @description Lists LXD-managed networks and the host's own interfaces.
         */
        get: operations["listNetworks"];
        put?: never;
        /**
         * Create a network
         * @description Creates a managed network. In a cluster, most types must first be defined on each member with `target`. Daemon quirk (LXD 5.0.2, live audit 2026-11): a bridge cannot be created without `iptables` on the host (`500 Failed clearing firewall`) nor without dnsmasq (`500 Failed to check dnsmasq version`); Debian's `iptables` and `dnsmasq-base` packages provide them.
         */
        post: operations["createNetwork"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/1.0/networks/{network}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Network name.
                 * @example lxdbr0
                 */
                network: components["parameters"]["networkName"];
            };
            cookie?: never;
        };
        /** Get a network */
        get: operations["getNetwork"];
        /**
         * Replace a network's configuration
         * @description Replaces the description and configuration of a managed network (keys left out are unset).
         */
        put: operations["updateNetwork"];
        /**
         * Rename a network
         * @description Renames a managed network that nothing uses (not available in clusters).
         */
        post: operations["renameNetwork"];
        /** Delete a network */
        delete: operations["deleteNetwork"];
        options?: never;
        head?: never;
        /** Update part of a network's configuration */
        patch: operations["patchNetwork"];
        trace?: never;
    };
    "/1.0/networks/{network}/leases": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Network name.
                 * @example lxdbr0
                 */
                network: components["parameters"]["networkName"];
            };
            cookie?: never;
        };
        /**
         * List a network's DHCP leases
         * @description DHCP leases and static allocations of a managed network, plus its gateway addresses.
         */
        get: operations["listNetworkLeases"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/1.0/networks/{network}/state": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Network name.
                 * @example lxdbr0
                 */
                network: components["parameters"]["networkName"];
            };
            cookie?: never;
        };
        /** Get a network's live state */
        get: operations["getNetworkState"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/1.0/networks/{network}/forwards": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Network name.
                 * @example lxdbr0
                 */
                network: components["parameters"]["networkName"];
            };
            cookie?: never;
        };
        /** List a network's address forwards */
        get: operations["listNetworkForwards"];
        put?: never;
        /** Create an address forward */
        post: operations["createNetworkForward"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/1.0/networks/{network}/forwards/{listenAddress}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Network name.
                 * @example lxdbr0
                 */
                network: components["parameters"]["networkName"];
                /**
                 * @description Listen address of the forward.
                 * @example 192.0.2.10
                 */
                listenAddress: components["parameters"]["networkForwardListenAddress"];
            };
            cookie?: never;
        };
        /** Get an address forward */
        get: operations["getNetworkForward"];
        /** Replace an address forward */
        put: operations["updateNetworkForward"];
        post?: never;
        /** Delete an address forward */
        delete: operations["deleteNetworkForward"];
        options?: never;
        head?: never;
        /** Update part of an address forward */
        patch: operations["patchNetworkForward"];
        trace?: never;
    };
    "/1.0/networks/{network}/peers": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Network name.
                 * @example lxdbr0
                 */
                network: components["parameters"]["networkName"];
            };
            cookie?: never;
        };
        /** List a network's peerings */
        get: operations["listNetworkPeers"];
        put?: never;
        /**
         * Create a network peering
         * @description Peers an OVN network with another OVN network sharing its uplink; it stays `Pending` until the other side does the same.
         */
        post: operations["createNetworkPeer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/1.0/networks/{network}/peers/{peer}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Network name.
                 * @example lxdbr0
                 */
                network: components["parameters"]["networkName"];
                /**
                 * @description Peering name.
                 * @example to-web
                 */
                peer: components["parameters"]["networkPeerName"];
            };
            cookie?: never;
        };
        /** Get a network peering */
        get: operations["getNetworkPeer"];
        /** Replace a network peering */
        put: operations["updateNetworkPeer"];
        post?: never;
        /** Delete a network peering */
        delete: operations["deleteNetworkPeer"];
        options?: never;
        head?: never;
        /** Update part of a network peering */
        patch: operations["patchNetworkPeer"];
        trace?: never;
    };
    "/1.0/network-acls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List network ACLs */
        get: operations["listNetworkACLs"];
        put?: never;
        /**
         * Create a network ACL
         * @description Daemon quirk (LXD 5.0.2, live audit 2026-11): an invalid ACL name is answered `500`, not `400`.
         */
        post: operations["createNetworkACL"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/1.0/network-acls/{acl}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ACL name.
                 * @example web
                 */
                acl: components["parameters"]["networkACLName"];
            };
            cookie?: never;
        };
        /** Get a network ACL */
        get: operations["getNetworkACL"];
        /**
         * Replace a network ACL
         * @description Replaces the description, rules and configuration.
         */
        put: operations["updateNetworkACL"];
        /** Rename a network ACL */
        post: operations["renameNetworkACL"];
        /**
         * Delete a network ACL
         * @description Removes an ACL that nothing uses.
         */
        delete: operations["deleteNetworkACL"];
        options?: never;
        head?: never;
        /** Update part of a network ACL */
        patch: operations["patchNetworkACL"];
        trace?: never;
    };
    "/1.0/network-acls/{acl}/log": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ACL name.
                 * @example web
                 */
                acl: components["parameters"]["networkACLName"];
            };
            cookie?: never;
        };
        /** Get a network ACL's log */
        get: operations["getNetworkACLLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/1.0/network-zones": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List network zones */
        get: operations["listNetworkZones"];
        put?: never;
        /** Create a network zone */
        post: operations["createNetworkZone"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/1.0/network-zones/{zone}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Zone name (DNS domain).
                 * @example lxd.example.net
                 */
                zone: components["parameters"]["networkZoneName"];
            };
            cookie?: never;
        };
        /** Get a network zone */
        get: operations["getNetworkZone"];
        /** Replace a network zone */
        put: operations["updateNetworkZone"];
        post?: never;
        /** Delete a network zone */
        delete: operations["deleteNetworkZone"];
        options?: never;
        head?: never;
        /**
         * Update part of a network zone
         * @description Daemon quirk (LXD 5.0.2, live audit 2026-11): without a `config` key, when the zone has config, the daemon drops the connection (a nil-map merge in its handler): always send `config`.
         */
        patch: operations["patchNetworkZone"];
        trace?: never;
    };
    "/1.0/network-zones/{zone}/records": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Zone name (DNS domain).
                 * @example lxd.example.net
                 */
                zone: components["parameters"]["networkZoneName"];
            };
            cookie?: never;
        };
        /** List a zone's records */
        get: operations["listNetworkZoneRecords"];
        put?: never;
        /** Create a zone record */
        post: operations["createNetworkZoneRecord"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/1.0/network-zones/{zone}/records/{record}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Zone name (DNS domain).
                 * @example lxd.example.net
                 */
                zone: components["parameters"]["networkZoneName"];
                /**
                 * @description Record name.
                 * @example www
                 */
                record: components["parameters"]["networkZoneRecordName"];
            };
            cookie?: never;
        };
        /** Get a zone record */
        get: operations["getNetworkZoneRecord"];
        /** Replace a zone record */
        put: operations["updateNetworkZoneRecord"];
        post?: never;
        /** Delete a zone record */
        delete: operations["deleteNetworkZoneRecord"];
        options?: never;
        head?: never;
        /**
         * Update part of a zone record
         * @description Daemon quirk (LXD 5.0.2, live audit 2026-11): without a `config` key, when the record has config, the daemon drops the connection (a nil-map merge in its handler): always send `config`.
         */
        patch: operations["patchNetworkZoneRecord"];
        trace?: never;
    };
    "/1.0/cluster": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the clustering status
         * @description On a standalone server, `enabled` is false, `server_name` is empty and `member_config` lists the keys a join would need.
         */
        get: operations["getCluster"];
        /**
         * Bootstrap, join or leave a cluster
         * @description With `enabled: true` and no `cluster_address`, turns this server into the first member; with a `cluster_address`, joins that cluster. Both run as background operations (202). `enabled: false` takes a lone member out of clustering (200).
         */
        put: operations["updateCluster"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/1.0/cluster/certificate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Replace the cluster certificate
         * @description Installs a new cluster certificate and key on every member and reloads them.
         */
        put: operations["updateClusterCertificate"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/1.0/cluster/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List cluster members */
        get: operations["listClusterMembers"];
        put?: never;
        /**
         * Issue a join token
         * @description Creates a `token`-class operation for a future member; its metadata holds the pieces of the token (`serverName`, `secret`, `fingerprint`, `addresses`). Cancel the operation to revoke the token.
         */
        post: operations["createClusterJoinToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/1.0/cluster/members/{member}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Cluster member name.
                 * @example lxd02
                 */
                member: components["parameters"]["clusterMemberName"];
            };
            cookie?: never;
        };
        /** Get a cluster member */
        get: operations["getClusterMember"];
        /** Replace a cluster member's configuration */
        put: operations["updateClusterMember"];
        /** Rename a cluster member */
        post: operations["renameClusterMember"];
        /**
         * Remove a cluster member
         * @description Takes the member out of the cluster; `force=1` drops it even when it is unreachable.
         */
        delete: operations["deleteClusterMember"];
        options?: never;
        head?: never;
        /**
         * Update part of a cluster member's configuration
         * @description Daemon quirk (LXD 5.0.2, live audit 2026-11): PATCH behaves like PUT: without `roles` and `groups` it is `400`.
         */
        patch: operations["patchClusterMember"];
        trace?: never;
    };
    "/1.0/cluster/members/{member}/state": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Cluster member name.
                 * @example lxd02
                 */
                member: components["parameters"]["clusterMemberName"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Evacuate or restore a cluster member
         * @description `evacuate` moves or stops the member's instances and marks it `Evacuated`; `restore` brings them back.
         */
        post: operations["changeClusterMemberState"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/1.0/cluster/groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List cluster groups */
        get: operations["listClusterGroups"];
        put?: never;
        /** Create a cluster group */
        post: operations["createClusterGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/1.0/cluster/groups/{group}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Cluster group name.
                 * @example gpu
                 */
                group: components["parameters"]["clusterGroupName"];
            };
            cookie?: never;
        };
        /** Get a cluster group */
        get: operations["getClusterGroup"];
        /** Replace a cluster group */
        put: operations["updateClusterGroup"];
        /** Rename a cluster group */
        post: operations["renameClusterGroup"];
        /**
         * Delete a cluster group
         * @description Removes an empty group (the `default` group cannot be deleted).
         */
        delete: operations["deleteClusterGroup"];
        options?: never;
        head?: never;
        /** Update part of a cluster group */
        patch: operations["patchClusterGroup"];
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description LXD status code: 100 Operation created, 101 Started, 102 Stopped, 103 Running, 104 Cancelling,
         *     105 Pending, 106 Starting, 107 Stopping, 108 Aborting, 109 Freezing, 110 Frozen, 111 Thawed,
         *     112 Error, 113 Ready, 200 Success, 400 Failure, 401 Cancelled. Codes of 200 and above are final.
         */
        StatusCode: number;
        /** @description A synchronous answer; `metadata` is refined by each operation. */
        SyncEnvelope: {
            /** @constant */
            type: "sync";
            /** @example Success */
            status: string;
            status_code: components["schemas"]["StatusCode"];
            operation?: string;
            error_code?: number;
            error?: string;
            metadata: unknown;
        };
        /** @description A synchronous answer without payload (`metadata` is `{}` or `null`). */
        EmptySyncResponse: components["schemas"]["SyncEnvelope"] & {
            metadata: Record<string, never> | null;
        };
        /** @description A background operation was created; follow it at `operation`. */
        AsyncResponse: {
            /** @constant */
            type: "async";
            /** @example Operation created */
            status: string;
            status_code: components["schemas"]["StatusCode"];
            /** @description URL of the operation, `/1.0/operations/<uuid>`. */
            operation: string;
            error_code?: number;
            error?: string;
            metadata: components["schemas"]["Operation"];
        };
        /** @description The daemon refused or failed the request; `error_code` repeats the HTTP status. */
        ErrorResponse: {
            /** @constant */
            type: "error";
            status?: string;
            status_code?: number;
            operation?: string;
            error_code: number;
            error: string;
            metadata?: null;
        };
        /** @description A background task, websocket session or token. Finished operations disappear after about 5 seconds. */
        Operation: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            class: "task" | "websocket" | "token";
            description?: string;
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
            /** @description Human name of `status_code`; note the daemon spells `Cancelled`. */
            status: string;
            status_code: components["schemas"]["StatusCode"];
            /** @description Objects the operation touches, by kind. A kind can be `null`: `{instances: null}` from the bulk `PUT /1.0/instances`, `{cluster: null}` from cluster updates and join tokens (LXD 5.0.2, live audit 2026-11). */
            resources?: {
                [key: string]: string[] | null;
            } | null;
            /** @description Operation-specific data (websocket secrets, progress, exec return code...). */
            metadata?: {
                [key: string]: unknown;
            } | null;
            may_cancel?: boolean;
            /** @description Why the operation failed; empty unless `status_code` is 400 or above. */
            err?: string;
            /** @description Cluster member running the operation (`none` when not clustered). */
            location?: string;
        };
        /** @description The daemon as a trusted client sees it: API level, configuration and host environment. */
        Server: {
            /** @description Names of the optional API features this daemon implements. */
            api_extensions: string[];
            /** @description Maturity of the API (`stable`, `development`, `deprecated`). */
            api_status: string;
            /** @description API version string, `1.0`. */
            api_version: string;
            /**
             * @description `trusted` or `untrusted`: how the daemon classified this client.
             * @enum {string}
             */
            auth: "trusted" | "untrusted";
            /** @description Authentication schemes the daemon accepts (`tls`, `candid`, `rbac`). */
            auth_methods: string[];
            /** @description Server configuration keys. Values are strings, except `core.trust_password`, which is reported as boolean `true` when set. */
            config: {
                [key: string]: string | boolean;
            };
            /** @description Read-only facts about the host and the daemon. */
            environment: components["schemas"]["ServerEnvironment"];
            /** @description Whether the daemon acts as a public image server. */
            public: boolean;
        };
        /** @description The reduced server view returned to a client the daemon does not trust. */
        ServerUntrusted: {
            api_extensions: string[];
            api_status: string;
            api_version: string;
            /**
             * @description Always `untrusted` here.
             * @enum {string}
             */
            auth: "untrusted";
            auth_methods: string[];
            public: boolean;
        };
        /** @description Writable server settings. */
        ServerPut: {
            /** @description Server configuration keys to set. Send strings; a key set to an empty string is unset. */
            config?: {
                [key: string]: string | boolean;
            };
        };
        /** @description Read-only description of the host and daemon. */
        ServerEnvironment: {
            /** @description Addresses the daemon listens on for HTTPS (empty when only the unix socket is enabled). */
            addresses?: string[];
            /** @description Instance architectures this host can run. */
            architectures?: string[];
            /** @description The server TLS certificate (PEM). */
            certificate?: string;
            /** @description SHA-256 fingerprint of the server certificate. */
            certificate_fingerprint?: string;
            /** @description Instance drivers in use, separated by ` | `. */
            driver?: string;
            /** @description Versions of those drivers, in the same order. */
            driver_version?: string;
            firewall?: string;
            kernel?: string;
            kernel_architecture?: string;
            /** @description Optional kernel features and whether they are available (`"true"`/`"false"`). */
            kernel_features?: {
                [key: string]: string;
            };
            kernel_version?: string;
            /** @description Optional liblxc features and whether they are available. */
            lxc_features?: {
                [key: string]: string;
            };
            os_name?: string;
            os_version?: string;
            /** @description Project the request was evaluated in. */
            project?: string;
            server?: string;
            /** @description Whether this daemon is part of a cluster. */
            server_clustered?: boolean;
            /** @description How events are shared in a cluster (`full-mesh`, `hub-server`, `hub-client`). */
            server_event_mode?: string;
            /** @description Name of this member (host name when not clustered). */
            server_name?: string;
            /** Format: int64 */
            server_pid?: number;
            /** @description LXD release, e.g. `5.0.2`. */
            server_version?: string;
            /** @description Storage drivers in use, separated by ` | `. */
            storage?: string;
            /** @description Storage drivers the daemon can use. */
            storage_supported_drivers?: components["schemas"]["ServerStorageDriverInfo"][];
            /** @description Versions of the storage drivers in use. */
            storage_version?: string;
        };
        /** @description A storage driver the daemon supports. Note the capitalised keys, as sent on the wire. */
        ServerStorageDriverInfo: {
            Name?: string;
            /** @description Whether volumes of this driver are shared across cluster members. */
            Remote?: boolean;
            Version?: string;
        };
        /**
         * @description One message of the `/1.0/events` websocket.
         * @example {
         *       "type": "lifecycle",
         *       "timestamp": "2026-11-22T14:10:05.233847211Z",
         *       "metadata": {
         *         "action": "profile-created",
         *         "source": "/1.0/profiles/research-ev2",
         *         "requestor": {
         *           "username": "root",
         *           "protocol": "unix",
         *           "address": "@"
         *         }
         *       },
         *       "location": "none",
         *       "project": "default"
         *     }
         */
        Event: {
            /** @description Cluster member that emitted the event (`none` when not clustered). */
            location?: string;
            /** @description Payload: an Operation for `operation`, `{action, source, context, requestor}` for `lifecycle`, `{message, level, context}` for `logging`. */
            metadata: Record<string, never>;
            /** @description Project the event belongs to. */
            project?: string;
            /** Format: date-time */
            timestamp: string;
            /**
             * @description Event kind: `operation`, `logging` or `lifecycle`.
             * @enum {string}
             */
            type: "operation" | "logging" | "lifecycle";
        };
        /** @description A certificate in the trust store. */
        Certificate: {
            /** @description The certificate, PEM encoded (with BEGIN/END lines). */
            certificate: string;
            /** @description SHA-256 fingerprint of the certificate; its identifier. */
            fingerprint: string;
            name: string;
            /** @description Projects a restricted certificate may access. */
            projects: string[];
            /** @description Whether access is limited to `projects`. */
            restricted: boolean;
            /**
             * @description `client` or `metrics` (`server` for cluster members).
             * @enum {string}
             */
            type: "client" | "metrics" | "server";
        };
        /** @description Writable fields of a trusted certificate. */
        CertificatePut: {
            /** @description Replacement certificate, PEM encoded. */
            certificate?: string;
            name?: string;
            projects?: string[];
            restricted?: boolean;
            /**
             * @description `client` or `metrics`.
             * @enum {string}
             */
            type?: "client" | "metrics" | "server";
        };
        /** @description Adds a certificate to the trust store, or asks for a join token. */
        CertificatesPost: {
            /** @description The certificate as base64 DER, i.e. the PEM body without the BEGIN/END lines (a full PEM is refused with 400). Leave empty to trust the TLS client certificate of this connection. */
            certificate?: string;
            /** @description Name for the certificate. */
            name?: string;
            /** @description Trust password (`core.trust_password`), or a join token, when the client is not trusted yet. */
            password?: string;
            projects?: string[];
            restricted?: boolean;
            /** @description When true, no certificate is added: the daemon answers 202 with a `token` operation whose metadata holds the join secret. */
            token?: boolean;
            /**
             * @description `client` or `metrics`.
             * @enum {string}
             */
            type: "client" | "metrics" | "server";
        };
        /** @description An image in the image store. */
        Image: {
            /** @description Aliases pointing at this image. */
            aliases: components["schemas"]["ImageAlias"][];
            architecture: string;
            /** @description Whether the daemon refreshes the image from its source. */
            auto_update: boolean;
            /** @description Whether the image was downloaded automatically to create an instance (and can be expired). */
            cached: boolean;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            expires_at: string;
            /** @description Original file name of the image. */
            filename: string;
            /** @description SHA-256 of the image; its identifier. */
            fingerprint: string;
            /**
             * Format: date-time
             * @description When an instance was last created from the image.
             */
            last_used_at: string;
            /** @description Profiles applied to instances created from the image. */
            profiles: string[];
            /** @description Descriptive properties (os, release, description...). */
            properties: {
                [key: string]: string;
            };
            /** @description Whether untrusted clients may see and download the image. */
            public: boolean;
            /**
             * Format: int64
             * @description Size in bytes.
             */
            size: number;
            /**
             * @description `container` or `virtual-machine`.
             * @enum {string}
             */
            type: "container" | "virtual-machine";
            /** @description Where the image came from, for auto-update. */
            update_source?: components["schemas"]["ImageSource"];
            /** Format: date-time */
            uploaded_at: string;
        };
        /** @description Writable fields of an image. */
        ImagePut: {
            auto_update?: boolean;
            /** Format: date-time */
            expires_at?: string;
            profiles?: string[];
            properties?: {
                [key: string]: string;
            };
            public?: boolean;
        };
        /** @description Remote source an image came from. */
        ImageSource: {
            alias?: string;
            certificate?: string;
            image_type?: string;
            /** @description `lxd` or `simplestreams`. */
            protocol?: string;
            server?: string;
        };
        /** @description An alias as listed inside an image. */
        ImageAlias: {
            description?: string;
            name?: string;
        };
        /** @description A named alias pointing at an image fingerprint. */
        ImageAliasesEntry: {
            description: string;
            name: string;
            /** @description Fingerprint of the target image. */
            target: string;
            /** @description `container` or `virtual-machine`. */
            type: string;
        };
        /** @description A new image alias. */
        ImageAliasesPost: {
            description?: string;
            name: string;
            /** @description Fingerprint of the target image. */
            target: string;
            type?: string;
        };
        /** @description Writable fields of an image alias. */
        ImageAliasesEntryPut: {
            description?: string;
            /** @description Fingerprint of the target image. */
            target?: string;
        };
        /** @description Renames an image alias. */
        ImageAliasesEntryPost: {
            /** @description New alias name. */
            name: string;
        };
        /** @description Asks the daemon to push an image to another LXD server. */
        ImageExportPost: {
            aliases?: components["schemas"]["ImageAlias"][];
            /** @description Remote server certificate (PEM). */
            certificate?: string;
            profiles?: string[];
            /** @description Project on the remote server. */
            project?: string;
            /** @description Secret obtained from the remote server to accept the push. */
            secret?: string;
            /** @description URL of the remote server. */
            target?: string;
        };
        /** @description The metadata of an instance (the `metadata.yaml` that ends up in an image). */
        ImageMetadata: {
            architecture?: string;
            /**
             * Format: int64
             * @description Unix time of creation.
             */
            creation_date?: number;
            /**
             * Format: int64
             * @description Unix time after which the image is considered expired.
             */
            expiry_date?: number;
            /** @description `null` for an instance without `metadata.yaml` (LXD 5.0.2, live audit 2026-11); a GET answer may be PUT back as is. */
            properties?: {
                [key: string]: string;
            } | null;
            /** @description Template files by path in the instance; `null` for an instance without `metadata.yaml` (LXD 5.0.2, live audit 2026-11). */
            templates?: {
                [key: string]: components["schemas"]["ImageMetadataTemplate"];
            } | null;
        };
        /** @description A file generated from a pongo2 template. */
        ImageMetadataTemplate: {
            /** @description Only generate the file when it does not exist yet. */
            create_only?: boolean;
            /** @description Template properties; can be `null` (LXD 5.0.2, live audit 2026-11). */
            properties?: {
                [key: string]: string;
            } | null;
            /** @description Template file name (under `templates/`). */
            template?: string;
            /** @description Triggers: `create`, `copy`, `start`, `rename`. */
            when?: string[];
        };
        /** @description A new image: from a remote server, a URL, an instance or snapshot, or a pushed tarball. */
        ImagesPost: {
            aliases?: components["schemas"]["ImageAlias"][];
            auto_update?: boolean;
            /** @description Compression for images built from instances (`gzip`, `xz`, `none`...). */
            compression_algorithm?: string;
            /** Format: date-time */
            expires_at?: string;
            /** @description File name to record for the image. */
            filename?: string;
            profiles?: string[];
            properties?: {
                [key: string]: string;
            };
            public?: boolean;
            /** @description Where the image comes from (omit when the body is a raw tarball). */
            source?: components["schemas"]["ImagesPostSource"];
        };
        /** @description Source of a new image. */
        ImagesPostSource: {
            /** @description Alias on the remote server. */
            alias?: string;
            certificate?: string;
            /** @description Fingerprint of the remote image. */
            fingerprint?: string;
            image_type?: string;
            /** @description `pull` (default) or `push`. */
            mode?: string;
            /** @description Instance or snapshot name, for `instance`/`snapshot` sources. */
            name?: string;
            project?: string;
            /** @description `lxd` or `simplestreams`. */
            protocol?: string;
            /** @description Secret for an image the remote server does not make public. */
            secret?: string;
            server?: string;
            /** @description `image` (remote or local copy), `url`, `instance`, `snapshot`. */
            type?: string;
            /** @description URL for `url` sources. */
            url?: string;
        };
        /** @description An instance (container or virtual machine). */
        Instance: {
            /** @description Architecture name, e.g. `x86_64`. */
            architecture: string;
            /** @description Instance configuration keys (including `volatile.*` keys managed by the daemon). */
            config: {
                [key: string]: string;
            };
            /** Format: date-time */
            created_at: string;
            description: string;
            /** @description Devices defined on the instance itself, by device name. */
            devices: {
                [key: string]: {
                    [key: string]: string;
                };
            };
            /** @description Whether the instance is deleted when it stops. */
            ephemeral: boolean;
            /** @description Configuration after applying profiles. */
            expanded_config: {
                [key: string]: string;
            };
            /** @description Devices after applying profiles. */
            expanded_devices: {
                [key: string]: {
                    [key: string]: string;
                };
            };
            /**
             * Format: date-time
             * @description Last start time; `1970-01-01T00:00:00Z` when never started.
             */
            last_used_at: string;
            /** @description Cluster member hosting the instance (`none` when not clustered). */
            location: string;
            name: string;
            /** @description Profiles applied, in order. */
            profiles: string[];
            /** @description Project the instance belongs to. */
            project: string;
            /** @description Snapshot to restore (only meaningful in PUT). */
            restore?: string;
            /** @description Whether the instance has saved runtime state. */
            stateful: boolean;
            /** @description Human name of `status_code` (`Running`, `Stopped`, `Frozen`, `Error`). */
            status: string;
            status_code: components["schemas"]["StatusCode"];
            /**
             * @description `container` or `virtual-machine`.
             * @enum {string}
             */
            type: "container" | "virtual-machine";
        };
        /** @description An instance with its state, snapshots and backups (recursion 2, or recursion 1 on a single instance). The daemon sends `snapshots` and `backups` as null when there are none. */
        InstanceFull: {
            architecture: string;
            /** @description Backups, or null when there are none. */
            backups: components["schemas"]["InstanceBackup"][] | null;
            config: {
                [key: string]: string;
            };
            /** Format: date-time */
            created_at: string;
            description: string;
            devices: {
                [key: string]: {
                    [key: string]: string;
                };
            };
            ephemeral: boolean;
            expanded_config: {
                [key: string]: string;
            };
            expanded_devices: {
                [key: string]: {
                    [key: string]: string;
                };
            };
            /** Format: date-time */
            last_used_at: string;
            location: string;
            name: string;
            profiles: string[];
            project: string;
            restore?: string;
            /** @description Snapshots, or null when there are none. */
            snapshots: components["schemas"]["InstanceSnapshot"][] | null;
            /** @description Runtime state. */
            state: components["schemas"]["InstanceState"];
            stateful: boolean;
            status: string;
            status_code: components["schemas"]["StatusCode"];
            /** @enum {string} */
            type: "container" | "virtual-machine";
        };
        /** @description Writable fields of an instance. Setting `restore` restores a snapshot instead. */
        InstancePut: {
            architecture?: string;
            config?: {
                [key: string]: string;
            };
            description?: string;
            devices?: {
                [key: string]: {
                    [key: string]: string;
                };
            };
            ephemeral?: boolean;
            profiles?: string[];
            /** @description Name of a snapshot to restore. */
            restore?: string;
            stateful?: boolean;
        };
        /** @description A new instance. */
        InstancesPost: {
            architecture?: string;
            config?: {
                [key: string]: string;
            };
            description?: string;
            devices?: {
                [key: string]: {
                    [key: string]: string;
                };
            };
            ephemeral?: boolean;
            /** @description Cloud instance type used to derive limits, e.g. `t2.micro`. */
            instance_type?: string;
            /** @description Instance name; generated when empty. */
            name?: string;
            profiles?: string[];
            restore?: string;
            /** @description What to create the instance from. */
            source: components["schemas"]["InstanceSource"];
            stateful?: boolean;
            /** @description `container` (default) or `virtual-machine`. */
            type?: components["schemas"]["InstanceType"];
        };
        /**
         * @description Kind of instance: `container` or `virtual-machine` (empty means container).
         * @enum {string}
         */
        InstanceType: "container" | "virtual-machine" | "";
        /** @description Source of a new instance. */
        InstanceSource: {
            /** @description Image alias (with `type: image`). */
            alias?: string;
            /** @description Copy even when some files cannot be read consistently. */
            allow_inconsistent?: boolean;
            /** @description Fingerprint of the image the source was created from (migration optimisation). */
            "base-image"?: string;
            certificate?: string;
            /** @description Older name of `instance_only`. */
            container_only?: boolean;
            /** @description Image fingerprint (with `type: image`). */
            fingerprint?: string;
            /** @description Copy without snapshots. */
            instance_only?: boolean;
            /** @description Live migration. */
            live?: boolean;
            /** @description For migrations: `pull` (default) or `push`. */
            mode?: string;
            /** @description Remote migration operation URL. */
            operation?: string;
            /** @description Project of the source instance. */
            project?: string;
            /** @description Image properties to match (with `type: image`). */
            properties?: {
                [key: string]: string;
            };
            /** @description `lxd` or `simplestreams`. */
            protocol?: string;
            /** @description Update an existing copy instead of failing. */
            refresh?: boolean;
            /** @description Secret for a private remote image. */
            secret?: string;
            /** @description Migration websocket secrets. */
            secrets?: {
                [key: string]: string;
            };
            /** @description Remote image server URL. */
            server?: string;
            /** @description Existing instance or snapshot to copy (`name` or `name/snapshot`). */
            source?: string;
            /**
             * @description `image`, `none`, `migration`, `copy` or `backup` (the last is used with a raw tarball body).
             * @enum {string}
             */
            type: "image" | "none" | "migration" | "copy" | "backup";
        };
        /** @description Renames or migrates an instance. With `migration: true` the daemon answers with a `websocket` operation whose metadata holds the secrets (`control`, `fs`, maybe `criu`). */
        InstancePost: {
            allow_inconsistent?: boolean;
            container_only?: boolean;
            instance_only?: boolean;
            /** @description Migrate a running instance. */
            live?: boolean;
            /** @description Start a migration instead of renaming. */
            migration?: boolean;
            /** @description New name (rename) or name on the target. */
            name?: string;
            /** @description Target storage pool (move between pools). */
            pool?: string;
            /** @description Target project (move between projects). */
            project?: string;
            /** @description Push-mode migration target. */
            target?: components["schemas"]["InstancePostTarget"];
        };
        /** @description The remote end of a push migration. */
        InstancePostTarget: {
            certificate?: string;
            /** @description URL of the remote migration operation. */
            operation?: string;
            /** @description Websocket secrets of the remote operation. */
            secrets?: {
                [key: string]: string;
            };
        };
        /** @description Changes the state of all instances of a project at once. */
        InstancesPut: {
            state?: components["schemas"]["InstanceStatePut"];
        };
        /**
         * @description Runtime state of an instance. For a stopped instance the counters are zero and `network` is null.
         * @example {
         *       "status": "Running",
         *       "status_code": 103,
         *       "disk": {
         *         "root": {
         *           "usage": 7426048
         *         }
         *       },
         *       "memory": {
         *         "usage": 31809536,
         *         "usage_peak": 48631808,
         *         "swap_usage": 0,
         *         "swap_usage_peak": 0
         *       },
         *       "network": {
         *         "eth0": {
         *           "addresses": [
         *             {
         *               "family": "inet",
         *               "address": "10.158.42.17",
         *               "netmask": "24",
         *               "scope": "global"
         *             },
         *             {
         *               "family": "inet6",
         *               "address": "fe80::216:3eff:fe5a:7c21",
         *               "netmask": "64",
         *               "scope": "link"
         *             }
         *           ],
         *           "counters": {
         *             "bytes_received": 58213,
         *             "bytes_sent": 12894,
         *             "packets_received": 412,
         *             "packets_sent": 117,
         *             "errors_received": 0,
         *             "errors_sent": 0,
         *             "packets_dropped_outbound": 0,
         *             "packets_dropped_inbound": 0
         *           },
         *           "hwaddr": "00:16:3e:5a:7c:21",
         *           "host_name": "veth4b1f2c9e",
         *           "mtu": 1500,
         *           "state": "up",
         *           "type": "broadcast"
         *         },
         *         "lo": {
         *           "addresses": [
         *             {
         *               "family": "inet",
         *               "address": "127.0.0.1",
         *               "netmask": "8",
         *               "scope": "local"
         *             }
         *           ],
         *           "counters": {
         *             "bytes_received": 0,
         *             "bytes_sent": 0,
         *             "packets_received": 0,
         *             "packets_sent": 0,
         *             "errors_received": 0,
         *             "errors_sent": 0,
         *             "packets_dropped_outbound": 0,
         *             "packets_dropped_inbound": 0
         *           },
         *           "hwaddr": "",
         *           "host_name": "",
         *           "mtu": 65536,
         *           "state": "up",
         *           "type": "loopback"
         *         }
         *       },
         *       "pid": 48211,
         *       "processes": 9,
         *       "cpu": {
         *         "usage": 1873402000
         *       }
         *     }
         */
        InstanceState: {
            cpu: components["schemas"]["InstanceStateCPU"];
            /** @description Disk usage by device name. */
            disk: {
                [key: string]: components["schemas"]["InstanceStateDisk"];
            } | null;
            memory: components["schemas"]["InstanceStateMemory"];
            /** @description Network interfaces by name; null when the instance is stopped. */
            network: {
                [key: string]: components["schemas"]["InstanceStateNetwork"];
            } | null;
            /**
             * Format: int64
             * @description Process id of the init process on the host (0 when stopped).
             */
            pid: number;
            /**
             * Format: int64
             * @description Number of processes.
             */
            processes: number;
            status: string;
            status_code: components["schemas"]["StatusCode"];
        };
        /** @description CPU usage. */
        InstanceStateCPU: {
            /**
             * Format: int64
             * @description CPU time consumed, in nanoseconds.
             */
            usage?: number;
        };
        /** @description Disk usage of one device. */
        InstanceStateDisk: {
            /**
             * Format: int64
             * @description Bytes used.
             */
            usage?: number;
        };
        /** @description Memory usage in bytes. */
        InstanceStateMemory: {
            /** Format: int64 */
            swap_usage?: number;
            /** Format: int64 */
            swap_usage_peak?: number;
            /** Format: int64 */
            usage?: number;
            /** Format: int64 */
            usage_peak?: number;
        };
        /** @description One network interface. */
        InstanceStateNetwork: {
            addresses?: components["schemas"]["InstanceStateNetworkAddress"][];
            counters?: components["schemas"]["InstanceStateNetworkCounters"];
            /** @description Host-side interface name. */
            host_name?: string;
            /** @description MAC address. */
            hwaddr?: string;
            /** Format: int64 */
            mtu?: number;
            /** @description `up` or `down`. */
            state?: string;
            /** @description `broadcast`, `loopback`, `point-to-point`... */
            type?: string;
        };
        /** @description An address on an interface. */
        InstanceStateNetworkAddress: {
            address?: string;
            /** @description `inet` or `inet6`. */
            family?: string;
            /** @description Prefix length. */
            netmask?: string;
            /** @description `global`, `link` or `local`. */
            scope?: string;
        };
        /** @description Traffic counters of an interface. */
        InstanceStateNetworkCounters: {
            /** Format: int64 */
            bytes_received?: number;
            /** Format: int64 */
            bytes_sent?: number;
            /** Format: int64 */
            errors_received?: number;
            /** Format: int64 */
            errors_sent?: number;
            /** Format: int64 */
            packets_dropped_inbound?: number;
            /** Format: int64 */
            packets_dropped_outbound?: number;
            /** Format: int64 */
            packets_received?: number;
            /** Format: int64 */
            packets_sent?: number;
        };
        /** @description A state change request. */
        InstanceStatePut: {
            /**
             * @description `start`, `stop`, `restart`, `freeze` or `unfreeze`.
             * @enum {string}
             */
            action: "start" | "stop" | "restart" | "freeze" | "unfreeze";
            /** @description Kill instead of a clean shutdown (stop/restart). */
            force?: boolean;
            /** @description Save or restore the runtime state (stop/start). */
            stateful?: boolean;
            /**
             * Format: int64
             * @description Seconds to wait for a clean shutdown before failing (-1: forever).
             */
            timeout?: number;
        };
        /** @description A snapshot of an instance. */
        InstanceSnapshot: {
            architecture?: string;
            config?: {
                [key: string]: string;
            };
            /** Format: date-time */
            created_at: string;
            devices?: {
                [key: string]: {
                    [key: string]: string;
                };
            };
            ephemeral?: boolean;
            expanded_config?: {
                [key: string]: string;
            };
            expanded_devices?: {
                [key: string]: {
                    [key: string]: string;
                };
            };
            /**
             * Format: date-time
             * @description When the snapshot will be removed automatically.
             */
            expires_at?: string;
            /** Format: date-time */
            last_used_at?: string;
            /** @description Snapshot name (without the instance prefix). */
            name: string;
            profiles?: string[];
            /**
             * Format: int64
             * @description Size in bytes (when the storage driver reports it).
             */
            size?: number;
            /** @description Whether runtime state was saved too. */
            stateful: boolean;
        };
        /** @description Writable fields of a snapshot. */
        InstanceSnapshotPut: {
            /** Format: date-time */
            expires_at?: string;
        };
        /** @description A new snapshot. */
        InstanceSnapshotsPost: {
            /** Format: date-time */
            expires_at?: string;
            /** @description Snapshot name; generated (`snap0`, `snap1`...) when empty. */
            name?: string;
            /** @description Also save the runtime state (needs CRIU or a VM). */
            stateful?: boolean;
        };
        /** @description Renames or migrates a snapshot. */
        InstanceSnapshotPost: {
            live?: boolean;
            /** @description Start a migration instead of renaming. */
            migration?: boolean;
            /** @description New name. */
            name?: string;
            target?: components["schemas"]["InstancePostTarget"];
        };
        /** @description An exported backup of an instance, kept on the server. */
        InstanceBackup: {
            /** @description Older name of `instance_only`. */
            container_only?: boolean;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            expires_at?: string;
            /** @description Whether snapshots were left out. */
            instance_only?: boolean;
            name: string;
            /** @description Whether the backup uses the storage driver's native format. */
            optimized_storage?: boolean;
        };
        /** @description A new backup. */
        InstanceBackupsPost: {
            compression_algorithm?: string;
            container_only?: boolean;
            /**
             * Format: date-time
             * @description When the backup will be removed automatically.
             */
            expires_at?: string;
            instance_only?: boolean;
            /** @description Backup name; generated when empty. */
            name?: string;
            optimized_storage?: boolean;
        };
        /** @description Renames a backup. */
        InstanceBackupPost: {
            /** @description New name. */
            name?: string;
        };
        /** @description A console session request. */
        InstanceConsolePost: {
            /**
             * Format: int64
             * @description Terminal height in characters.
             */
            height?: number;
            /**
             * @description `console` (text console) or `vga` (SPICE, VMs only).
             * @enum {string}
             */
            type?: "console" | "vga";
            /**
             * Format: int64
             * @description Terminal width in characters.
             */
            width?: number;
        };
        /** @description A command to run in the instance. */
        InstanceExecPost: {
            /** @description Command and arguments. */
            command: string[];
            /** @description Working directory. */
            cwd?: string;
            /** @description Extra environment variables. */
            environment?: {
                [key: string]: string;
            };
            /**
             * Format: int32
             * @description GID to run as.
             */
            group?: number;
            /**
             * Format: int64
             * @description Terminal height.
             */
            height?: number;
            /** @description Allocate a terminal and use one websocket for all streams. */
            interactive?: boolean;
            /** @description Save stdout/stderr to log files listed in the operation metadata (needs `wait-for-websocket: false`). */
            "record-output"?: boolean;
            /**
             * Format: int32
             * @description UID to run as.
             */
            user?: number;
            /** @description Wait for the client to connect to the websockets before starting. */
            "wait-for-websocket"?: boolean;
            /**
             * Format: int64
             * @description Terminal width.
             */
            width?: number;
        };
        /** @description A profile: configuration and devices shared by instances. */
        Profile: {
            config: {
                [key: string]: string;
            };
            description: string;
            devices: {
                [key: string]: {
                    [key: string]: string;
                };
            };
            name: string;
            /** @description URLs of the instances using the profile. */
            used_by: string[];
        };
        /** @description Writable fields of a profile. */
        ProfilePut: {
            config?: {
                [key: string]: string;
            };
            description?: string;
            devices?: {
                [key: string]: {
                    [key: string]: string;
                };
            };
        };
        /** @description A new profile. */
        ProfilesPost: {
            config?: {
                [key: string]: string;
            };
            description?: string;
            devices?: {
                [key: string]: {
                    [key: string]: string;
                };
            };
            name: string;
        };
        /** @description Renames a profile (the `default` profile cannot be renamed). */
        ProfilePost: {
            /** @description New name. */
            name: string;
        };
        /** @description A project: a namespace for instances, images, profiles and volumes. */
        Project: {
            /** @description Project configuration (`features.*`, `limits.*`, `restricted.*`). */
            config: {
                [key: string]: string;
            };
            description: string;
            name: string;
            /** @description URLs of the objects in the project. */
            used_by: string[];
        };
        /** @description Writable fields of a project. */
        ProjectPut: {
            config?: {
                [key: string]: string;
            };
            description?: string;
        };
        /** @description A new project. */
        ProjectsPost: {
            config?: {
                [key: string]: string;
            };
            description?: string;
            name: string;
        };
        /** @description Renames a project. */
        ProjectPost: {
            /** @description New name. */
            name: string;
        };
        /** @description Resource usage of a project. */
        ProjectState: {
            /** @description Usage and limit by resource (`containers`, `cpu`, `disk`, `instances`, `memory`, `networks`, `processes`, `virtual-machines`). */
            resources?: {
                [key: string]: components["schemas"]["ProjectStateResource"];
            };
        };
        /** @description Usage of one resource. Note the capitalised keys, as sent on the wire. */
        ProjectStateResource: {
            /**
             * Format: int64
             * @description Configured limit; -1 when unlimited.
             */
            Limit: number;
            /**
             * Format: int64
             * @description Current usage.
             */
            Usage: number;
        };
        /** @description A problem the daemon noticed. */
        Warning: {
            /**
             * Format: int64
             * @description How many times it was seen.
             */
            count: number;
            /** @description Object concerned, if any. */
            entity_url?: string;
            /** Format: date-time */
            first_seen_at: string;
            /** @description Most recent message. */
            last_message: string;
            /** Format: date-time */
            last_seen_at: string;
            /** @description Cluster member where it happened. */
            location?: string;
            project?: string;
            /**
             * @description `low`, `moderate` or `high`.
             * @enum {string}
             */
            severity: "low" | "moderate" | "high";
            /**
             * @description `new`, `acknowledged` or `resolved`.
             * @enum {string}
             */
            status: "new" | "acknowledged" | "resolved";
            /** @description Kind of warning. */
            type: string;
            /** @description Identifier. */
            uuid: string;
        };
        /** @description Changes the status of a warning. */
        WarningPut: {
            /**
             * @description `new` or `acknowledged`.
             * @enum {string}
             */
            status: "new" | "acknowledged";
        };
        /** @description Hardware of the host: CPU, memory, GPUs, network cards, storage, PCI and USB devices, system information. */
        Resources: {
            cpu?: components["schemas"]["ResourcesCPU"];
            gpu?: components["schemas"]["ResourcesGPU"];
            memory?: components["schemas"]["ResourcesMemory"];
            network?: components["schemas"]["ResourcesNetwork"];
            pci?: components["schemas"]["ResourcesPCI"];
            storage?: components["schemas"]["ResourcesStorage"];
            system?: components["schemas"]["ResourcesSystem"];
            usb?: components["schemas"]["ResourcesUSB"];
        };
        /** @description CPUs of the host. */
        ResourcesCPU: {
            architecture?: string;
            sockets?: components["schemas"]["ResourcesCPUSocket"][];
            /** Format: int64 */
            total?: number;
        };
        /** @description A CPU cache level. */
        ResourcesCPUCache: {
            /** Format: int64 */
            level?: number;
            /** Format: int64 */
            size?: number;
            type?: string;
        };
        /** @description One CPU core. */
        ResourcesCPUCore: {
            /** Format: int64 */
            core?: number;
            /** Format: int64 */
            die?: number;
            /** Format: int64 */
            frequency?: number;
            threads?: components["schemas"]["ResourcesCPUThread"][];
        };
        /** @description One CPU socket. */
        ResourcesCPUSocket: {
            cache?: components["schemas"]["ResourcesCPUCache"][];
            cores?: components["schemas"]["ResourcesCPUCore"][];
            /** Format: int64 */
            frequency?: number;
            /** Format: int64 */
            frequency_minimum?: number;
            /** Format: int64 */
            frequency_turbo?: number;
            name?: string;
            /** Format: int64 */
            socket?: number;
            vendor?: string;
        };
        /** @description One hardware thread. */
        ResourcesCPUThread: {
            /** Format: int64 */
            id?: number;
            isolated?: boolean;
            /** Format: int64 */
            numa_node?: number;
            online?: boolean;
            /** Format: int64 */
            thread?: number;
        };
        /** @description GPUs of the host. */
        ResourcesGPU: {
            cards?: components["schemas"]["ResourcesGPUCard"][];
            /** Format: int64 */
            total?: number;
        };
        /** @description One GPU. */
        ResourcesGPUCard: {
            driver?: string;
            driver_version?: string;
            drm?: components["schemas"]["ResourcesGPUCardDRM"];
            mdev?: {
                [key: string]: components["schemas"]["ResourcesGPUCardMdev"];
            };
            /** Format: int64 */
            numa_node?: number;
            nvidia?: components["schemas"]["ResourcesGPUCardNvidia"];
            pci_address?: string;
            product?: string;
            product_id?: string;
            sriov?: components["schemas"]["ResourcesGPUCardSRIOV"];
            usb_address?: string;
            vendor?: string;
            vendor_id?: string;
        };
        /** @description DRM nodes of a GPU. */
        ResourcesGPUCardDRM: {
            card_device?: string;
            card_name?: string;
            control_device?: string;
            control_name?: string;
            /** Format: int64 */
            id?: number;
            render_device?: string;
            render_name?: string;
        };
        /** @description A mediated device profile of a GPU. */
        ResourcesGPUCardMdev: {
            api?: string;
            /** Format: int64 */
            available?: number;
            description?: string;
            devices?: string[];
            name?: string;
        };
        /** @description NVIDIA specific information. */
        ResourcesGPUCardNvidia: {
            architecture?: string;
            brand?: string;
            card_device?: string;
            card_name?: string;
            cuda_version?: string;
            model?: string;
            nvrm_version?: string;
            uuid?: string;
        };
        /** @description SR-IOV state of a GPU. */
        ResourcesGPUCardSRIOV: {
            /** Format: int64 */
            current_vfs?: number;
            /** Format: int64 */
            maximum_vfs?: number;
            vfs?: components["schemas"]["ResourcesGPUCard"][];
        };
        /** @description Memory of the host, in bytes. */
        ResourcesMemory: {
            /** Format: int64 */
            hugepages_size?: number;
            /** Format: int64 */
            hugepages_total?: number;
            /** Format: int64 */
            hugepages_used?: number;
            nodes?: components["schemas"]["ResourcesMemoryNode"][];
            /** Format: int64 */
            total?: number;
            /** Format: int64 */
            used?: number;
        };
        /** @description Memory of one NUMA node. */
        ResourcesMemoryNode: {
            /** Format: int64 */
            hugepages_total?: number;
            /** Format: int64 */
            hugepages_used?: number;
            /** Format: int64 */
            numa_node?: number;
            /** Format: int64 */
            total?: number;
            /** Format: int64 */
            used?: number;
        };
        /** @description Network cards of the host. */
        ResourcesNetwork: {
            cards?: components["schemas"]["ResourcesNetworkCard"][];
            /** Format: int64 */
            total?: number;
        };
        /** @description One network card. */
        ResourcesNetworkCard: {
            driver?: string;
            driver_version?: string;
            firmware_version?: string;
            /** Format: int64 */
            numa_node?: number;
            pci_address?: string;
            ports?: components["schemas"]["ResourcesNetworkCardPort"][];
            product?: string;
            product_id?: string;
            sriov?: components["schemas"]["ResourcesNetworkCardSRIOV"];
            usb_address?: string;
            vendor?: string;
            vendor_id?: string;
        };
        /** @description One port of a network card. */
        ResourcesNetworkCardPort: {
            address?: string;
            auto_negotiation?: boolean;
            id?: string;
            infiniband?: components["schemas"]["ResourcesNetworkCardPortInfiniband"];
            link_detected?: boolean;
            link_duplex?: string;
            /** Format: int64 */
            link_speed?: number;
            /** Format: int64 */
            port?: number;
            port_type?: string;
            protocol?: string;
            supported_modes?: string[];
            supported_ports?: string[];
            transceiver_type?: string;
        };
        /** @description Infiniband character devices of a port. */
        ResourcesNetworkCardPortInfiniband: {
            issm_device?: string;
            issm_name?: string;
            mad_device?: string;
            mad_name?: string;
            verb_device?: string;
            verb_name?: string;
        };
        /** @description SR-IOV state of a network card. */
        ResourcesNetworkCardSRIOV: {
            /** Format: int64 */
            current_vfs?: number;
            /** Format: int64 */
            maximum_vfs?: number;
            vfs?: components["schemas"]["ResourcesNetworkCard"][];
        };
        /** @description PCI devices of the host. */
        ResourcesPCI: {
            devices?: components["schemas"]["ResourcesPCIDevice"][];
            /** Format: int64 */
            total?: number;
        };
        /** @description One PCI device. */
        ResourcesPCIDevice: {
            driver?: string;
            driver_version?: string;
            /** Format: int64 */
            iommu_group?: number;
            /** Format: int64 */
            numa_node?: number;
            pci_address?: string;
            product?: string;
            product_id?: string;
            vendor?: string;
            vendor_id?: string;
            vpd?: components["schemas"]["ResourcesPCIVPD"];
        };
        /** @description Vital product data of a PCI device. */
        ResourcesPCIVPD: {
            entries?: {
                [key: string]: string;
            };
            product_name?: string;
        };
        /** @description Disks of the host. */
        ResourcesStorage: {
            disks?: components["schemas"]["ResourcesStorageDisk"][];
            /** Format: int64 */
            total?: number;
        };
        /** @description One disk. */
        ResourcesStorageDisk: {
            /** Format: int64 */
            block_size?: number;
            device?: string;
            device_id?: string;
            device_path?: string;
            firmware_version?: string;
            id?: string;
            model?: string;
            /** Format: int64 */
            numa_node?: number;
            partitions?: components["schemas"]["ResourcesStorageDiskPartition"][];
            pci_address?: string;
            read_only?: boolean;
            removable?: boolean;
            /** Format: int64 */
            rpm?: number;
            serial?: string;
            /** Format: int64 */
            size?: number;
            type?: string;
            usb_address?: string;
            wwn?: string;
        };
        /** @description One partition. */
        ResourcesStorageDiskPartition: {
            device?: string;
            id?: string;
            /** Format: int64 */
            partition?: number;
            read_only?: boolean;
            /** Format: int64 */
            size?: number;
        };
        /** @description System (DMI) information. */
        ResourcesSystem: {
            /** @description `null` on hosts without DMI data (LXD 5.0.2, live audit 2026-11). */
            chassis?: components["schemas"]["ResourcesSystemChassis"] | null;
            family?: string;
            /** @description `null` on hosts without DMI data (LXD 5.0.2, live audit 2026-11). */
            firmware?: components["schemas"]["ResourcesSystemFirmware"] | null;
            /** @description `null` on hosts without DMI data (LXD 5.0.2, live audit 2026-11). */
            motherboard?: components["schemas"]["ResourcesSystemMotherboard"] | null;
            product?: string;
            serial?: string;
            sku?: string;
            type?: string;
            uuid?: string;
            vendor?: string;
            version?: string;
        };
        /** @description Chassis information. */
        ResourcesSystemChassis: {
            serial?: string;
            type?: string;
            vendor?: string;
            version?: string;
        };
        /** @description Firmware information. */
        ResourcesSystemFirmware: {
            date?: string;
            vendor?: string;
            version?: string;
        };
        /** @description Motherboard information. */
        ResourcesSystemMotherboard: {
            product?: string;
            serial?: string;
            vendor?: string;
            version?: string;
        };
        /** @description USB devices of the host. */
        ResourcesUSB: {
            devices?: components["schemas"]["ResourcesUSBDevice"][];
            /** Format: int64 */
            total?: number;
        };
        /** @description One USB device. */
        ResourcesUSBDevice: {
            /** Format: int64 */
            bus_address?: number;
            /** Format: int64 */
            device_address?: number;
            interfaces?: components["schemas"]["ResourcesUSBDeviceInterface"][];
            product?: string;
            product_id?: string;
            /** Format: double */
            speed?: number;
            vendor?: string;
            vendor_id?: string;
        };
        /** @description One interface of a USB device. */
        ResourcesUSBDeviceInterface: {
            class?: string;
            /** Format: int64 */
            class_id?: number;
            driver?: string;
            driver_version?: string;
            /** Format: int64 */
            number?: number;
            subclass?: string;
            /** Format: int64 */
            subclass_id?: number;
        };
        /** @description Editable fields of a storage pool. */
        StoragePoolPut: {
            /**
             * @description Pool configuration (driver options such as `source`, `size`, `volume.*` defaults).
             * @example {
             *       "source": "/var/lib/lxd/storage-pools/default"
             *     }
             */
            config?: {
                [key: string]: string;
            };
            /**
             * @description Free-form description.
             * @example Local SSD pool
             */
            description?: string;
        };
        /** @description A new storage pool. */
        StoragePoolsPost: {
            /**
             * @description Pool name (no slashes).
             * @example default
             */
            name: string;
            /**
             * @description Storage driver.
             * @example dir
             * @enum {string}
             */
            driver: "btrfs" | "ceph" | "cephfs" | "cephobject" | "dir" | "lvm" | "zfs";
            /**
             * @description Pool configuration (driver options such as `source`, `size`, `volume.*` defaults).
             * @example {
             *       "source": "/var/lib/lxd/storage-pools/default"
             *     }
             */
            config?: {
                [key: string]: string;
            };
            /**
             * @description Free-form description.
             * @example Local SSD pool
             */
            description?: string;
        };
        /** @description A storage pool. */
        StoragePool: {
            /**
             * @description Pool name.
             * @example default
             */
            name: string;
            /**
             * @description Storage driver (btrfs, ceph, cephfs, dir, lvm, zfs...).
             * @example dir
             */
            driver: string;
            /**
             * @description Free-form description.
             * @example
             */
            description: string;
            /**
             * @description Pool configuration (driver options such as `source`, `size`, `volume.*` defaults).
             * @example {
             *       "source": "/var/lib/lxd/storage-pools/default"
             *     }
             */
            config: {
                [key: string]: string;
            };
            /** @description URLs of the instances, profiles, images and volumes using the pool. The daemon sends null when nothing uses it. */
            used_by: string[] | null;
            /**
             * @description Pool state: `Created`, `Pending`, `Errored` or `Unknown`.
             * @example Created
             */
            status: string;
            /** @description Cluster members the pool is defined on (`none` when not clustered). */
            locations?: string[] | null;
        };
        /** @description Space and inode usage of a storage pool. */
        StoragePoolResources: {
            /** @description Disk space in bytes. */
            space?: {
                /**
                 * @description Bytes in use.
                 * @example 8413429760
                 */
                used?: number;
                /**
                 * @description Capacity in bytes.
                 * @example 250790436864
                 */
                total?: number;
            };
            /** @description Inode usage (0 where the driver cannot tell). */
            inodes?: {
                /**
                 * @description Inodes in use.
                 * @example 412331
                 */
                used?: number;
                /**
                 * @description Inode capacity.
                 * @example 15564800
                 */
                total?: number;
            };
        };
        /** @description Editable fields of a storage volume. */
        StorageVolumePut: {
            /**
             * @description Volume configuration (`size`, `security.shifted`, driver options...).
             * @example {
             *       "size": "10GiB"
             *     }
             */
            config?: {
                [key: string]: string;
            };
            /**
             * @description Free-form description.
             * @example Shared data
             */
            description?: string;
            /**
             * @description Name of a snapshot to roll the volume back to.
             * @example snap0
             */
            restore?: string;
        };
        /** @description Where a new volume comes from (nothing, a copy or a migration). */
        StorageVolumeSource: {
            /**
             * @description Source kind; empty for a blank volume.
             * @example copy
             * @enum {string}
             */
            type?: "" | "copy" | "migration";
            /**
             * @description Volume to copy (`volume` or `volume/snapshot`).
             * @example data
             */
            name?: string;
            /**
             * @description Pool of the volume to copy.
             * @example default
             */
            pool?: string;
            /**
             * @description Project of the volume to copy.
             * @example default
             */
            project?: string;
            /**
             * @description Migration mode.
             * @example pull
             * @enum {string}
             */
            mode?: "pull" | "push";
            /**
             * @description URL of the remote migration operation.
             * @example https://192.0.2.20:8443/1.0/operations/5e8f2f5e-0b4c-4f0e-9a57-2c1d0c9b7e11
             */
            operation?: string;
            /** @description PEM certificate of the migration source. */
            certificate?: string;
            /** @description Migration websocket secrets, by channel. */
            secrets?: {
                [key: string]: string;
            };
            /** @description Only transfer what changed into an existing volume. */
            refresh?: boolean;
            /** @description Leave the snapshots out. */
            volume_only?: boolean;
        };
        /** @description A new storage volume (only `custom` volumes can be created). */
        StorageVolumesPost: {
            /**
             * @description Volume name (no slashes).
             * @example data
             */
            name: string;
            /**
             * @description Volume type; the type-specific endpoint fills it in.
             * @example custom
             */
            type?: string;
            /**
             * @description What the volume holds: a filesystem, a raw block device or an ISO image.
             * @example filesystem
             * @enum {string}
             */
            content_type?: "filesystem" | "block" | "iso";
            /**
             * @description Volume configuration (`size`, `security.shifted`, driver options...).
             * @example {
             *       "size": "10GiB"
             *     }
             */
            config?: {
                [key: string]: string;
            };
            /**
             * @description Free-form description.
             * @example Shared data
             */
            description?: string;
            source?: components["schemas"]["StorageVolumeSource"];
        };
        /** @description A storage volume. */
        StorageVolume: {
            /**
             * @description Volume name.
             * @example data
             */
            name: string;
            /**
             * @description Volume type.
             * @example custom
             * @enum {string}
             */
            type: "container" | "virtual-machine" | "image" | "custom";
            /**
             * @description What the volume holds: a filesystem, a raw block device or an ISO image.
             * @example filesystem
             * @enum {string}
             */
            content_type: "filesystem" | "block" | "iso";
            /**
             * @description Free-form description.
             * @example Shared data
             */
            description: string;
            /**
             * @description Volume configuration (`size`, `security.shifted`, driver options...).
             * @example {
             *       "size": "10GiB"
             *     }
             */
            config: {
                [key: string]: string;
            };
            /** @description URLs of the instances and profiles using the volume. The daemon sends null when nothing uses it. */
            used_by: string[] | null;
            /**
             * @description Cluster member holding the volume (`none` when not clustered).
             * @example none
             */
            location: string;
            /**
             * @description Project the volume belongs to.
             * @example default
             */
            project?: string;
            /**
             * Format: date-time
             * @description When the volume was created.
             */
            created_at?: string;
            /** @description Only used in requests. */
            restore?: string;
        };
        /** @description Remote end of a push migration. */
        StorageVolumePostTarget: {
            /** @description PEM certificate of the target server. */
            certificate?: string;
            /** @description URL of the target migration operation. */
            operation?: string;
            /** @description Websocket secrets of the target, by channel. */
            secrets?: {
                [key: string]: string;
            };
        };
        /** @description Rename a volume, move it to another pool or project, or migrate it. */
        StorageVolumePost: {
            /**
             * @description New volume name.
             * @example data2
             */
            name: string;
            /**
             * @description Destination pool (moves the volume).
             * @example fast
             */
            pool?: string;
            /**
             * @description Destination project.
             * @example web
             */
            project?: string;
            /** @description Start a migration instead of a local rename or move. */
            migration?: boolean;
            target?: components["schemas"]["StorageVolumePostTarget"];
            /** @description Leave the snapshots out of the migration. */
            volume_only?: boolean;
        };
        /** @description Live usage of a volume. */
        StorageVolumeState: {
            /** @description Space used; `null` when the driver cannot measure it (e.g. `dir` without project quotas). */
            usage: null | {
                /**
                 * @description Bytes in use.
                 * @example 46858240
                 */
                used?: number;
                /**
                 * @description Volume size in bytes (-1 or 0 when unlimited).
                 * @example 10737418240
                 */
                total?: number;
            };
        };
        /** @description Editable fields of a volume snapshot. */
        StorageVolumeSnapshotPut: {
            /**
             * @description Free-form description.
             * @example Before upgrade
             */
            description?: string;
            /**
             * Format: date-time
             * @description When the snapshot is deleted automatically.
             */
            expires_at?: string | null;
        };
        /** @description A new volume snapshot. */
        StorageVolumeSnapshotsPost: {
            /**
             * @description Snapshot name; the daemon picks `snapN` when empty.
             * @example snap0
             */
            name?: string;
            /**
             * Format: date-time
             * @description When the snapshot is deleted automatically.
             */
            expires_at?: string | null;
        };
        /** @description Rename a volume snapshot. */
        StorageVolumeSnapshotPost: {
            /**
             * @description New snapshot name.
             * @example before-upgrade
             */
            name: string;
        };
        /** @description A snapshot of a storage volume. */
        StorageVolumeSnapshot: {
            /**
             * @description Snapshot name. GET of one snapshot says `snap0`; the `recursion=1` list says `vol/snap0` (LXD 5.0.2, live audit 2026-11).
             * @example snap0
             */
            name: string;
            /**
             * @description Free-form description.
             * @example
             */
            description: string;
            /**
             * @description Volume configuration (`size`, `security.shifted`, driver options...).
             * @example {
             *       "size": "10GiB"
             *     }
             */
            config: {
                [key: string]: string;
            };
            /**
             * @description What the volume holds: a filesystem, a raw block device or an ISO image. The `recursion=1` list sends `""` (GET of one snapshot says `filesystem`; LXD 5.0.2, live audit 2026-11).
             * @example filesystem
             * @enum {string}
             */
            content_type?: "filesystem" | "block" | "iso" | "";
            /**
             * Format: date-time
             * @description When the snapshot was taken.
             */
            created_at?: string;
            /**
             * Format: date-time
             * @description Automatic deletion time; `0001-01-01T00:00:00Z` means never.
             */
            expires_at?: string | null;
        };
        /** @description A new volume backup. */
        StorageVolumeBackupsPost: {
            /**
             * @description Backup name; the daemon picks `backupN` when empty.
             * @example backup0
             */
            name?: string;
            /**
             * Format: date-time
             * @description When the backup is deleted automatically.
             */
            expires_at?: string;
            /** @description Leave the snapshots out. */
            volume_only?: boolean;
            /** @description Store in the driver's native format instead of a plain tarball. */
            optimized_storage?: boolean;
            /**
             * @description Compression tool for the tarball (`gzip`, `xz`, `none`...).
             * @example gzip
             */
            compression_algorithm?: string;
        };
        /** @description Rename a volume backup. */
        StorageVolumeBackupPost: {
            /**
             * @description New backup name.
             * @example weekly
             */
            name: string;
        };
        /** @description A backup of a custom volume. */
        StorageVolumeBackup: {
            /**
             * @description Backup name.
             * @example backup0
             */
            name: string;
            /**
             * Format: date-time
             * @description When the backup was made.
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When the backup is deleted automatically.
             */
            expires_at: string;
            /** @description Whether snapshots were left out. */
            volume_only: boolean;
            /** @description Whether the driver's native format was used. */
            optimized_storage: boolean;
        };
        /** @description Editable fields of a network. */
        NetworkPut: {
            /**
             * @description Network configuration (`ipv4.address`, `ipv4.nat`, `dns.domain`...).
             * @example {
             *       "ipv4.address": "10.158.42.1/24",
             *       "ipv4.nat": "true"
             *     }
             */
            config?: {
                [key: string]: string;
            };
            /**
             * @description Free-form description.
             * @example Default bridge
             */
            description?: string;
        };
        /** @description A new network. */
        NetworksPost: {
            /**
             * @description Network name.
             * @example lxdbr1
             */
            name: string;
            /**
             * @description Network type; `bridge` when empty.
             * @example bridge
             * @enum {string}
             */
            type?: "" | "bridge" | "macvlan" | "sriov" | "ovn" | "physical";
            /**
             * @description Network configuration (`ipv4.address`, `ipv4.nat`, `dns.domain`...).
             * @example {
             *       "ipv4.address": "10.158.42.1/24",
             *       "ipv4.nat": "true"
             *     }
             */
            config?: {
                [key: string]: string;
            };
            /**
             * @description Free-form description.
             * @example Second bridge
             */
            description?: string;
        };
        /** @description Rename a network. */
        NetworkPost: {
            /**
             * @description New network name.
             * @example lxdbr1
             */
            name: string;
        };
        /** @description A network: managed by LXD, or a host interface LXD only reports. */
        Network: {
            /**
             * @description Network name.
             * @example lxdbr0
             */
            name: string;
            /**
             * @description Network type (`bridge`, `macvlan`, `sriov`, `ovn`, `physical`, or for host interfaces `loopback`, `bond`, `vlan`...).
             * @example bridge
             */
            type: string;
            /** @description Whether LXD manages the network. */
            managed: boolean;
            /**
             * @description Free-form description.
             * @example
             */
            description: string;
            /**
             * @description Network configuration (`ipv4.address`, `ipv4.nat`, `dns.domain`...).
             * @example {
             *       "ipv4.address": "10.158.42.1/24",
             *       "ipv4.nat": "true"
             *     }
             */
            config: {
                [key: string]: string;
            };
            /** @description URLs of the instances, profiles and networks using it. */
            used_by?: string[] | null;
            /**
             * @description State of a managed network (`Created`, `Pending`, `Errored`, `Unknown`); empty otherwise.
             * @example Created
             */
            status?: string;
            /** @description Cluster members the network is defined on (`none` when not clustered). */
            locations?: string[] | null;
        };
        /** @description An address on the interface. */
        NetworkStateAddress: {
            /**
             * @description Address family.
             * @example inet
             * @enum {string}
             */
            family?: "inet" | "inet6";
            /**
             * @description IP address.
             * @example 10.158.42.1
             */
            address?: string;
            /**
             * @description Prefix length.
             * @example 24
             */
            netmask?: string;
            /**
             * @description Address scope (`global`, `link`, `local`).
             * @example global
             */
            scope?: string;
        };
        /** @description Live state of a network interface on the host. */
        NetworkState: {
            /** @description Addresses on the interface. */
            addresses: components["schemas"]["NetworkStateAddress"][] | null;
            /** @description Traffic counters. */
            counters: {
                /**
                 * @description Bytes received.
                 * @example 0
                 */
                bytes_received?: number;
                /**
                 * @description Bytes sent.
                 * @example 0
                 */
                bytes_sent?: number;
                /**
                 * @description Packets received.
                 * @example 0
                 */
                packets_received?: number;
                /**
                 * @description Packets sent.
                 * @example 0
                 */
                packets_sent?: number;
            };
            /**
             * @description MAC address.
             * @example 00:16:3e:4a:1c:2d
             */
            hwaddr: string;
            /**
             * @description MTU.
             * @example 1500
             */
            mtu: number;
            /**
             * @description Link state.
             * @example up
             * @enum {string}
             */
            state: "up" | "down";
            /**
             * @description Interface type.
             * @example broadcast
             */
            type: string;
            /** @description Bond details, `null` unless the interface is a bond. */
            bond?: null | {
                /**
                 * @description Bonding mode.
                 * @example 802.3ad
                 */
                mode?: string;
                /**
                 * @description Transmit hash policy.
                 * @example layer3+4
                 */
                transmit_policy?: string;
                /**
                 * @description Link-up delay in ms.
                 * @example 0
                 */
                up_delay?: number;
                /**
                 * @description Link-down delay in ms.
                 * @example 0
                 */
                down_delay?: number;
                /**
                 * @description Link check interval in ms.
                 * @example 100
                 */
                mii_frequency?: number;
                /**
                 * @description Bond link state.
                 * @example up
                 */
                mii_state?: string;
                /** @description Member interfaces. */
                lower_devices?: string[] | null;
            };
            /** @description Bridge details, `null` unless the interface is a bridge. */
            bridge?: null | {
                /**
                 * @description Bridge ID.
                 * @example 8000.00163e4a1c2d
                 */
                id?: string;
                /** @description Whether spanning tree is on. */
                stp?: boolean;
                /**
                 * @description Forward delay in ms.
                 * @example 1500
                 */
                forward_delay?: number;
                /**
                 * @description Default VLAN ID.
                 * @example 1
                 */
                vlan_default?: number;
                /** @description Whether VLAN filtering is on. */
                vlan_filtering?: boolean;
                /** @description Interfaces attached to the bridge. */
                upper_devices?: string[] | null;
            };
            /** @description VLAN details, `null` unless the interface is a VLAN. */
            vlan?: null | {
                /**
                 * @description Parent interface.
                 * @example eth0
                 */
                lower_device?: string;
                /**
                 * @description VLAN ID.
                 * @example 100
                 */
                vid?: number;
            };
            /** @description OVN details, `null` unless the network is an OVN network. */
            ovn?: null | {
                /**
                 * @description Chassis currently hosting the network's router.
                 * @example lxd01
                 */
                chassis?: string;
            };
        };
        /** @description A DHCP lease (or static allocation) on a managed network. */
        NetworkLease: {
            /**
             * @description Host name of the lease holder.
             * @example c1
             */
            hostname: string;
            /**
             * @description MAC address.
             * @example 00:16:3e:71:2a:9e
             */
            hwaddr: string;
            /**
             * @description Leased IP address.
             * @example 10.158.42.37
             */
            address: string;
            /**
             * @description `dynamic`, `static` or `gateway`.
             * @example dynamic
             */
            type: string;
            /**
             * @description Cluster member the lease was found on.
             * @example none
             */
            location?: string;
        };
        /** @description One ACL rule; unset match fields match anything. */
        NetworkACLRule: {
            /**
             * @description What to do with matching traffic.
             * @example allow
             * @enum {string}
             */
            action: "allow" | "allow-stateless" | "drop" | "reject";
            /**
             * @description Rule state.
             * @example enabled
             * @enum {string}
             */
            state: "enabled" | "disabled" | "logged";
            /**
             * @description Free-form description.
             * @example Allow HTTP and HTTPS
             */
            description?: string;
            /**
             * @description Source addresses, ranges, CIDRs or ACL/`@internal`/`@external` names, comma separated.
             * @example @external
             */
            source?: string;
            /**
             * @description Destination addresses, ranges or CIDRs, comma separated.
             * @example 10.158.42.37
             */
            destination?: string;
            /**
             * @description IP protocol.
             * @example tcp
             * @enum {string}
             */
            protocol?: "" | "icmp4" | "icmp6" | "tcp" | "udp";
            /**
             * @description Source ports or ranges (TCP/UDP).
             * @example
             */
            source_port?: string;
            /**
             * @description Destination ports or ranges (TCP/UDP).
             * @example 80,443
             */
            destination_port?: string;
            /**
             * @description ICMP type (ICMP only).
             * @example 8
             */
            icmp_type?: string;
            /**
             * @description ICMP code (ICMP only).
             * @example 0
             */
            icmp_code?: string;
        };
        /** @description Editable fields of a network ACL. */
        NetworkACLPut: {
            /**
             * @description Free-form description.
             * @example Web servers
             */
            description?: string;
            /** @description Inbound rules (order does not matter). */
            ingress?: components["schemas"]["NetworkACLRule"][] | null;
            /** @description Outbound rules (order does not matter). */
            egress?: components["schemas"]["NetworkACLRule"][] | null;
            /**
             * @description ACL configuration (`user.*` keys).
             * @example {
             *       "user.owner": "web-team"
             *     }
             */
            config?: {
                [key: string]: string;
            };
        };
        /** @description A new network ACL. */
        NetworkACLsPost: {
            /**
             * @description ACL name.
             * @example web
             */
            name: string;
            /**
             * @description Free-form description.
             * @example Web servers
             */
            description?: string;
            /** @description Inbound rules. */
            ingress?: components["schemas"]["NetworkACLRule"][] | null;
            /** @description Outbound rules. */
            egress?: components["schemas"]["NetworkACLRule"][] | null;
            /**
             * @description ACL configuration (`user.*` keys).
             * @example {
             *       "user.owner": "web-team"
             *     }
             */
            config?: {
                [key: string]: string;
            };
        };
        /** @description Rename a network ACL. */
        NetworkACLPost: {
            /**
             * @description New ACL name.
             * @example web-public
             */
            name: string;
        };
        /** @description A network ACL: ingress and egress rules applied to NICs and networks. */
        NetworkACL: {
            /**
             * @description ACL name.
             * @example web
             */
            name: string;
            /**
             * @description Free-form description.
             * @example Web servers
             */
            description: string;
            /** @description Inbound rules. */
            ingress?: components["schemas"]["NetworkACLRule"][] | null;
            /** @description Outbound rules. */
            egress?: components["schemas"]["NetworkACLRule"][] | null;
            /**
             * @description ACL configuration (`user.*` keys).
             * @example {
             *       "user.owner": "web-team"
             *     }
             */
            config: {
                [key: string]: string;
            };
            /** @description URLs of the instances, profiles, networks and ACLs referring to it. */
            used_by?: string[] | null;
        };
        /** @description A port forward inside an address forward. */
        NetworkForwardPort: {
            /**
             * @description Free-form description.
             * @example Web server
             */
            description?: string;
            /**
             * @description Transport protocol.
             * @example tcp
             * @enum {string}
             */
            protocol: "tcp" | "udp";
            /**
             * @description Ports or ranges to listen on, comma separated.
             * @example 80,443
             */
            listen_port: string;
            /**
             * @description Address to forward to.
             * @example 10.158.42.37
             */
            target_address: string;
            /**
             * @description Target ports or ranges; defaults to the listen ports.
             * @example 8080,8443
             */
            target_port?: string;
        };
        /** @description Editable fields of a network address forward. */
        NetworkForwardPut: {
            /**
             * @description Free-form description.
             * @example Public web address
             */
            description?: string;
            /**
             * @description Forward configuration (`target_address` for the default target, `user.*`).
             * @example {
             *       "target_address": "10.158.42.37"
             *     }
             */
            config?: {
                [key: string]: string;
            };
            /** @description Port forwards. */
            ports?: components["schemas"]["NetworkForwardPort"][] | null;
        };
        /** @description A new network address forward. */
        NetworkForwardsPost: {
            /**
             * @description External address to listen on.
             * @example 192.0.2.10
             */
            listen_address: string;
            /**
             * @description Free-form description.
             * @example Public web address
             */
            description?: string;
            /**
             * @description Forward configuration (`target_address` for the default target, `user.*`).
             * @example {
             *       "target_address": "10.158.42.37"
             *     }
             */
            config?: {
                [key: string]: string;
            };
            /** @description Port forwards. */
            ports?: components["schemas"]["NetworkForwardPort"][] | null;
        };
        /** @description A network address forward: traffic to a listen address is sent on to internal addresses. */
        NetworkForward: {
            /**
             * @description External address listened on.
             * @example 192.0.2.10
             */
            listen_address: string;
            /**
             * @description Free-form description.
             * @example Public web address
             */
            description: string;
            /**
             * @description Forward configuration (`target_address` for the default target, `user.*`).
             * @example {
             *       "target_address": "10.158.42.37"
             *     }
             */
            config: {
                [key: string]: string;
            };
            /** @description Port forwards. */
            ports?: components["schemas"]["NetworkForwardPort"][] | null;
            /**
             * @description Cluster member the forward lives on (bridge networks in a cluster).
             * @example
             */
            location?: string;
        };
        /** @description Editable fields of a network peering. */
        NetworkPeerPut: {
            /**
             * @description Free-form description.
             * @example Peering with the web project
             */
            description?: string;
            /**
             * @description Peering configuration (`user.*` keys).
             * @example {}
             */
            config?: {
                [key: string]: string;
            };
        };
        /** @description A new network peering (OVN networks). */
        NetworkPeersPost: {
            /**
             * @description Peering name.
             * @example to-web
             */
            name: string;
            /**
             * @description Free-form description.
             * @example Peering with the web project
             */
            description?: string;
            /**
             * @description Peering configuration (`user.*` keys).
             * @example {}
             */
            config?: {
                [key: string]: string;
            };
            /**
             * @description Project of the network to peer with.
             * @example web
             */
            target_project: string;
            /**
             * @description Network to peer with.
             * @example ovn-web
             */
            target_network: string;
        };
        /** @description A peering between two OVN networks. */
        NetworkPeer: {
            /**
             * @description Peering name.
             * @example to-web
             */
            name: string;
            /**
             * @description Free-form description.
             * @example Peering with the web project
             */
            description: string;
            /**
             * @description Peering configuration (`user.*` keys).
             * @example {}
             */
            config: {
                [key: string]: string;
            };
            /**
             * @description Project of the peer network.
             * @example web
             */
            target_project: string;
            /**
             * @description Peer network.
             * @example ovn-web
             */
            target_network: string;
            /**
             * @description `Pending` until the other side creates the matching peering, then `Created`.
             * @example Created
             */
            status: string;
            /** @description URLs of the objects using the peering. */
            used_by?: string[] | null;
        };
        /** @description Editable fields of a network zone. */
        NetworkZonePut: {
            /**
             * @description Free-form description.
             * @example Internal DNS
             */
            description?: string;
            /**
             * @description Zone configuration (`dns.nameservers`, `peers.NAME.address`, `network.nat`, `user.*`).
             * @example {
             *       "dns.nameservers": "ns1.example.net",
             *       "peers.ns1.address": "192.0.2.53"
             *     }
             */
            config?: {
                [key: string]: string;
            };
        };
        /** @description A new network zone. */
        NetworkZonesPost: {
            /**
             * @description Zone name (a DNS domain).
             * @example lxd.example.net
             */
            name: string;
            /**
             * @description Free-form description.
             * @example Internal DNS
             */
            description?: string;
            /**
             * @description Zone configuration (`dns.nameservers`, `peers.NAME.address`, `network.nat`, `user.*`).
             * @example {
             *       "dns.nameservers": "ns1.example.net",
             *       "peers.ns1.address": "192.0.2.53"
             *     }
             */
            config?: {
                [key: string]: string;
            };
        };
        /** @description A DNS zone served by LXD for its networks. */
        NetworkZone: {
            /**
             * @description Zone name (a DNS domain).
             * @example lxd.example.net
             */
            name: string;
            /**
             * @description Free-form description.
             * @example Internal DNS
             */
            description: string;
            /**
             * @description Zone configuration (`dns.nameservers`, `peers.NAME.address`, `network.nat`, `user.*`).
             * @example {
             *       "dns.nameservers": "ns1.example.net",
             *       "peers.ns1.address": "192.0.2.53"
             *     }
             */
            config: {
                [key: string]: string;
            };
            /** @description URLs of the networks using the zone. */
            used_by?: string[] | null;
        };
        /** @description One DNS entry of a record. */
        NetworkZoneRecordEntry: {
            /**
             * @description DNS record type.
             * @example A
             */
            type: string;
            /**
             * @description Record data.
             * @example 10.158.42.37
             */
            value: string;
            /**
             * @description Time to live in seconds (0 for the default).
             * @example 300
             */
            ttl?: number;
        };
        /** @description Editable fields of a zone record. */
        NetworkZoneRecordPut: {
            /**
             * @description Free-form description.
             * @example Web front end
             */
            description?: string;
            /** @description DNS entries. */
            entries?: components["schemas"]["NetworkZoneRecordEntry"][] | null;
            /**
             * @description Record configuration (`user.*` keys).
             * @example {}
             */
            config?: {
                [key: string]: string;
            };
        };
        /** @description A new zone record. */
        NetworkZoneRecordsPost: {
            /**
             * @description Record name inside the zone (`@` for the apex).
             * @example www
             */
            name: string;
            /**
             * @description Free-form description.
             * @example Web front end
             */
            description?: string;
            /** @description DNS entries. */
            entries?: components["schemas"]["NetworkZoneRecordEntry"][] | null;
            /**
             * @description Record configuration (`user.*` keys).
             * @example {}
             */
            config?: {
                [key: string]: string;
            };
        };
        /** @description A record of a network zone, holding one or more DNS entries. */
        NetworkZoneRecord: {
            /**
             * @description Record name inside the zone.
             * @example www
             */
            name: string;
            /**
             * @description Free-form description.
             * @example Web front end
             */
            description: string;
            /** @description DNS entries. */
            entries?: components["schemas"]["NetworkZoneRecordEntry"][] | null;
            /**
             * @description Record configuration (`user.*` keys).
             * @example {}
             */
            config: {
                [key: string]: string;
            };
        };
        /** @description A member-specific setting a joining server must supply (e.g. a pool `source`). */
        ClusterMemberConfigKey: {
            /**
             * @description Kind of object the key belongs to.
             * @example storage-pool
             * @enum {string}
             */
            entity: "storage-pool" | "network";
            /**
             * @description Name of that object.
             * @example default
             */
            name: string;
            /**
             * @description Configuration key.
             * @example source
             */
            key: string;
            /**
             * @description Value; empty in GET answers, filled in by the joining server.
             * @example
             */
            value?: string;
            /**
             * @description Human-readable explanation.
             * @example "source" property for storage pool "default"
             */
            description?: string;
        };
        /** @description Clustering status of the answering server. */
        Cluster: {
            /**
             * @description Name of the answering member; empty when not clustered.
             * @example lxd01
             */
            server_name: string;
            /** @description Whether clustering is on. */
            enabled: boolean;
            /** @description Member-specific keys a joining server must supply. */
            member_config: components["schemas"]["ClusterMemberConfigKey"][] | null;
        };
        /** @description Bootstrap a cluster, join one, or leave clustering (`enabled: false`). */
        ClusterPut: {
            /**
             * @description Member name for this server; must be empty when disabling.
             * @example lxd04
             */
            server_name?: string;
            /** @description Turn clustering on (bootstrap or join) or off. */
            enabled: boolean;
            /** @description Member-specific values when joining. */
            member_config?: components["schemas"]["ClusterMemberConfigKey"][] | null;
            /**
             * @description Address of an existing member to join; empty to bootstrap.
             * @example 10.0.0.11:8443
             */
            cluster_address?: string;
            /** @description PEM certificate expected from the cluster when joining. */
            cluster_certificate?: string;
            /**
             * @description Address this server uses for cluster traffic.
             * @example 10.0.0.14:8443
             */
            server_address?: string;
            /** @description Trust password or join token of the cluster. */
            cluster_password?: string;
        };
        /** @description A new certificate and key for every cluster member. */
        ClusterCertificatePut: {
            /** @description PEM certificate. */
            cluster_certificate: string;
            /** @description PEM private key. */
            cluster_certificate_key: string;
        };
        /** @description Editable fields of a cluster member. */
        ClusterMemberPut: {
            /**
             * @description Member configuration (`scheduler.instance`, `user.*`).
             * @example {
             *       "scheduler.instance": "all"
             *     }
             */
            config?: {
                [key: string]: string;
            };
            /**
             * @description Free-form description.
             * @example Rack 1, top
             */
            description?: string;
            /** @description Roles of the member (only `database` can be set by hand). */
            roles?: string[] | null;
            /**
             * @description Failure domain, used to spread database roles.
             * @example rack1
             */
            failure_domain?: string;
            /** @description Cluster groups the member belongs to. */
            groups?: string[] | null;
        };
        /** @description A member of the cluster. */
        ClusterMember: {
            /**
             * @description Member name.
             * @example lxd01
             */
            server_name: string;
            /**
             * @description API address of the member.
             * @example https://10.0.0.11:8443
             */
            url: string;
            /** @description Whether the member holds a copy of the database. */
            database: boolean;
            /**
             * @description Member state (`Online`, `Offline`, `Evacuated`, `Blocked`).
             * @example Online
             */
            status: string;
            /**
             * @description Detail about the state.
             * @example Fully operational
             */
            message: string;
            /**
             * @description Main CPU architecture.
             * @example x86_64
             */
            architecture: string;
            /**
             * @description Failure domain.
             * @example default
             */
            failure_domain?: string;
            /**
             * @description Free-form description.
             * @example
             */
            description?: string;
            /**
             * @description Member configuration (`scheduler.instance`, `user.*`).
             * @example {
             *       "scheduler.instance": "all"
             *     }
             */
            config?: {
                [key: string]: string;
            };
            /** @description Roles held (`database`, `database-leader`, `database-standby`, `event-hub`...). */
            roles?: string[] | null;
            /** @description Cluster groups the member belongs to. */
            groups?: string[] | null;
        };
        /** @description Rename a cluster member. */
        ClusterMemberPost: {
            /**
             * @description New member name.
             * @example lxd02-old
             */
            server_name: string;
        };
        /** @description Ask for a join token for a future member. */
        ClusterMembersPost: {
            /**
             * @description Name the new member will use.
             * @example lxd04
             */
            server_name: string;
        };
        /** @description Evacuate a member (move or stop its instances) or bring it back. */
        ClusterMemberStatePost: {
            /**
             * @description What to do.
             * @example evacuate
             * @enum {string}
             */
            action: "evacuate" | "restore";
            /**
             * @description Overrides the instances' `cluster.evacuate` setting when evacuating.
             * @example migrate
             * @enum {string}
             */
            mode?: "" | "auto" | "migrate" | "live-migrate" | "stop";
        };
        /** @description Editable fields of a cluster group. */
        ClusterGroupPut: {
            /**
             * @description Free-form description.
             * @example Members with GPUs
             */
            description?: string;
            /** @description Members of the group. */
            members?: string[] | null;
        };
        /** @description A new cluster group. */
        ClusterGroupsPost: {
            /**
             * @description Group name.
             * @example gpu
             */
            name: string;
            /**
             * @description Free-form description.
             * @example Members with GPUs
             */
            description?: string;
            /** @description Members of the group. */
            members?: string[] | null;
        };
        /** @description Rename a cluster group. */
        ClusterGroupPost: {
            /**
             * @description New group name.
             * @example gpu-nodes
             */
            name: string;
        };
        /** @description A named set of cluster members, usable as placement target (`target=@group`). */
        ClusterGroup: {
            /**
             * @description Group name.
             * @example gpu
             */
            name: string;
            /**
             * @description Free-form description.
             * @example Members with GPUs
             */
            description: string;
            /** @description Members of the group. */
            members: string[] | null;
        };
    };
    responses: {
        /** @description Done, nothing to return. */
        EmptySync: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "sync",
                 *       "status": "Success",
                 *       "status_code": 200,
                 *       "operation": "",
                 *       "error_code": 0,
                 *       "error": "",
                 *       "metadata": {}
                 *     }
                 */
                "application/json": components["schemas"]["EmptySyncResponse"];
            };
        };
        /** @description Accepted; the work continues as a background operation. */
        Operation: {
            headers: {
                Location: components["headers"]["Location"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "async",
                 *       "status": "Operation created",
                 *       "status_code": 100,
                 *       "operation": "/1.0/operations/f307bb1c-297f-4635-9840-2022870cd387",
                 *       "error_code": 0,
                 *       "error": "",
                 *       "metadata": {
                 *         "id": "f307bb1c-297f-4635-9840-2022870cd387",
                 *         "class": "task",
                 *         "description": "Creating instance",
                 *         "created_at": "2026-11-22T14:08:50.605054435Z",
                 *         "updated_at": "2026-11-22T14:08:50.605054435Z",
                 *         "status": "Running",
                 *         "status_code": 103,
                 *         "resources": {
                 *           "containers": [
                 *             "/1.0/containers/research-c1"
                 *           ],
                 *           "instances": [
                 *             "/1.0/instances/research-c1"
                 *           ]
                 *         },
                 *         "metadata": null,
                 *         "may_cancel": false,
                 *         "err": "",
                 *         "location": "none"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["AsyncResponse"];
            };
        };
        /** @description The request was malformed (bad JSON, wrong field type, unknown value). */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "error",
                 *       "status": "",
                 *       "status_code": 0,
                 *       "operation": "",
                 *       "error_code": 400,
                 *       "error": "unexpected EOF",
                 *       "metadata": null
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The client is not trusted, or not allowed in this project. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "error",
                 *       "status": "",
                 *       "status_code": 0,
                 *       "operation": "",
                 *       "error_code": 403,
                 *       "error": "not authorized",
                 *       "metadata": null
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description No such object. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "error",
                 *       "status": "",
                 *       "status_code": 0,
                 *       "operation": "",
                 *       "error_code": 404,
                 *       "error": "Instance not found",
                 *       "metadata": null
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The `If-Match` ETag no longer matches the object; nothing was changed. */
        PreconditionFailed: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "error",
                 *       "status": "",
                 *       "status_code": 0,
                 *       "operation": "",
                 *       "error_code": 412,
                 *       "error": "ETag doesn't match: 1c2d vs 9f8e",
                 *       "metadata": null
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Any other failure, in the daemon's error envelope (`error_code` repeats the HTTP status). */
        Default: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The daemon failed; LXD 5.0.2 also answers 500 to many invalid requests (duplicate names, unknown config keys, bad filters). */
        InternalServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "error",
                 *       "status": "",
                 *       "status_code": 0,
                 *       "operation": "",
                 *       "error_code": 500,
                 *       "error": "The profile already exists",
                 *       "metadata": null
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Created; `Location` names the new object (or its new name after a rename). `metadata` is null. */
        Created: {
            headers: {
                Location: components["headers"]["Location"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "sync",
                 *       "status": "Success",
                 *       "status_code": 200,
                 *       "operation": "",
                 *       "error_code": 0,
                 *       "error": "",
                 *       "metadata": null
                 *     }
                 */
                "application/json": components["schemas"]["EmptySyncResponse"];
            };
        };
        /** @description An object with that name already exists. */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "error",
                 *       "status": "",
                 *       "status_code": 0,
                 *       "operation": "",
                 *       "error_code": 409,
                 *       "error": "Alias 'alpine/3.18' already exists",
                 *       "metadata": null
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The request did not ask for a websocket upgrade. The body is plain text, not an envelope. */
        WebsocketRequired: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /** @example Bad Request */
                "text/plain": string;
            };
        };
    };
    parameters: {
        /**
         * @description Project to act in; the daemon uses `default` when absent.
         * @example default
         */
        project: string;
        /** @description Cluster member to act on (clustered daemons only). */
        target: string;
        /** @description Filter expression with `eq`, `ne`, `not`, `and`, `or` over (nested) fields, e.g. `name eq c1`. */
        filter: string;
        /** @description `0` (default) lists URLs, `1` lists full objects. */
        recursion: 0 | 1;
        /** @description List objects of every project. */
        allProjects: boolean;
        /** @description ETag from an earlier GET; the daemon refuses the change with 412 when the object changed since. */
        ifMatch: string;
        /**
         * @description Instance name.
         * @example c1
         */
        instanceName: string;
        /**
         * @description Snapshot name.
         * @example snap0
         */
        snapshotName: string;
        /**
         * @description Backup name.
         * @example backup0
         */
        backupName: string;
        /**
         * @description Log file name.
         * @example lxc.log
         */
        logFilename: string;
        /**
         * @description Image fingerprint (or a unique prefix of it).
         * @example 8f1c6a2de3b1c90e7c7a5f7cb60c9d2b4e3fbd64a2e8a7b6c1f0d39e55a47b21
         */
        imageFingerprint: string;
        /**
         * @description Alias name (percent-encode `/`).
         * @example alpine/3.18
         */
        aliasName: string;
        /**
         * @description Profile name.
         * @example default
         */
        profileName: string;
        /**
         * @description Project name.
         * @example default
         */
        projectName: string;
        /**
         * @description Certificate fingerprint (or a unique prefix of it).
         * @example a8fdb3a9efb469af81d922617febe5ad4ada09c1bea01160d6cdbedb341879c6
         */
        certificateFingerprint: string;
        /**
         * @description Operation UUID.
         * @example f307bb1c-297f-4635-9840-2022870cd387
         */
        operationId: string;
        /**
         * @description Warning UUID.
         * @example 3e5f9c1a-8b7d-4f2e-a6c4-0d9b1e7f2a53
         */
        warningUuid: string;
        /**
         * @description `0` (default) lists URLs, `1` Instance objects, `2` InstanceFull objects (with state, snapshots and backups).
         * @example 1
         */
        instanceRecursion: 0 | 1 | 2;
        /** @description Marks the variant of the call meant for untrusted clients. The daemon does not read this parameter: it decides from the client certificate, so untrusted clients get the public view with or without it. lxc sends the bare flag (`?public`, an empty value; live audit 2026-11), so any value is accepted. */
        public: boolean | string;
        /** @description One-time secret that lets an untrusted client access a private image (see `POST /1.0/images/{fingerprint}/secret`) or wait on an operation. */
        secret: string;
        /**
         * @description Secret of the websocket to attach to, from the operation metadata.
         * @example 9b6a4c2e0f8d7b5a3c1e9f7d5b3a1c0e8f6d4b2a0c9e7f5d3b1a9c8e6f4d2b0a
         */
        wsSecret: string;
        /**
         * @description Seconds to wait; `-1` (default) waits until the operation ends. A non-numeric value is answered with 500.
         * @example 30
         */
        timeout: number;
        /**
         * @description Comma-separated event kinds to receive: `operation`, `logging`, `lifecycle` (default: all).
         * @example operation,lifecycle
         */
        eventType: string;
        /**
         * @description Absolute path inside the instance.
         * @example /etc/hosts
         */
        filePath: string;
        /**
         * @description Template file name; omit to list the templates.
         * @example hostname.tpl
         */
        templatePath: string;
        /**
         * @description Template file name.
         * @example hostname.tpl
         */
        templatePathRequired: string;
        /** @description Push secret (untrusted image push between servers). */
        imageSecretHeader: string;
        /** @description Expected fingerprint of a pushed tarball. */
        imageFingerprintHeader: string;
        /**
         * @description File name to record for a pushed tarball.
         * @example alpine-3.18-amd64.tar.xz
         */
        imageFilenameHeader: string;
        /**
         * @description Make a pushed tarball public (`true`/`1`).
         * @example true
         */
        imagePublicHeader: string;
        /**
         * @description Properties of a pushed tarball, URL-query encoded (`os=Alpine&release=3.18`).
         * @example os=Alpine&release=3.18
         */
        imagePropertiesHeader: string;
        /**
         * @description Name for an instance restored from a backup tarball.
         * @example c1-restored
         */
        backupNameHeader: string;
        /**
         * @description Storage pool for an instance restored from a backup tarball.
         * @example default
         */
        backupPoolHeader: string;
        /**
         * @description Owner UID of the new file.
         * @example 0
         */
        fileUidHeader: number;
        /**
         * @description Owner GID of the new file.
         * @example 0
         */
        fileGidHeader: number;
        /**
         * @description Permission bits in octal digits.
         * @example 0644
         */
        fileModeHeader: string;
        /**
         * @description What to create (default `file`).
         * @example file
         */
        fileTypeHeader: "file" | "directory" | "symlink";
        /**
         * @description `overwrite` (default) or `append`.
         * @example overwrite
         */
        fileWriteHeader: "overwrite" | "append";
        /**
         * @description Storage pool name.
         * @example default
         */
        storagePoolName: string;
        /**
         * @description Volume type.
         * @example custom
         */
        storageVolumeType: "container" | "virtual-machine" | "image" | "custom";
        /**
         * @description Volume name (for instance volumes, the instance name; for images, the fingerprint).
         * @example data
         */
        storageVolumeName: string;
        /**
         * @description Snapshot name.
         * @example snap0
         */
        storageVolumeSnapshotName: string;
        /**
         * @description Backup name.
         * @example backup0
         */
        storageVolumeBackupName: string;
        /**
         * @description Network name.
         * @example lxdbr0
         */
        networkName: string;
        /**
         * @description Listen address of the forward.
         * @example 192.0.2.10
         */
        networkForwardListenAddress: string;
        /**
         * @description Peering name.
         * @example to-web
         */
        networkPeerName: string;
        /**
         * @description ACL name.
         * @example web
         */
        networkACLName: string;
        /**
         * @description Zone name (DNS domain).
         * @example lxd.example.net
         */
        networkZoneName: string;
        /**
         * @description Record name.
         * @example www
         */
        networkZoneRecordName: string;
        /**
         * @description Cluster member name.
         * @example lxd02
         */
        clusterMemberName: string;
        /**
         * @description Cluster group name.
         * @example gpu
         */
        clusterGroupName: string;
        /**
         * @description `1` removes the member from the database even if it cannot be reached or cleaned up.
         * @example 0
         */
        clusterMemberForce: 0 | 1;
    };
    requestBodies: never;
    headers: {
        /** @description Hash of the object's current state, to send back as `If-Match`. Not always sent (LXD 5.0.2, live audit 2026-11), so clients must not rely on it; `getStoragePool` never sends it, `getInstanceMetadata` sends none for an instance without `metadata.yaml`, and the untrusted `GET /1.0` sends none. */
        ETag: string;
        /** @description URL of the created object, or of the background operation. */
        Location: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listApiVersions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Supported API versions, as URLs. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "sync",
                     *       "status": "Success",
                     *       "status_code": 200,
                     *       "operation": "",
                     *       "error_code": 0,
                     *       "error": "",
                     *       "metadata": [
                     *         "/1.0"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["SyncEnvelope"] & {
                        metadata: string[];
                    };
                };
            };
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    getServer: {
        parameters: {
            query?: {
                /** @description Marks the variant of the call meant for untrusted clients. The daemon does not read this parameter: it decides from the client certificate, so untrusted clients get the public view with or without it. lxc sends the bare flag (`?public`, an empty value; live audit 2026-11), so any value is accepted. */
                public?: components["parameters"]["public"];
                /** @description Cluster member to act on (clustered daemons only). */
                target?: components["parameters"]["target"];
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Server information. Untrusted clients (and the `public` variant) get only the API fields and `auth: untrusted`. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "sync",
                     *       "status": "Success",
                     *       "status_code": 200,
                     *       "operation": "",
                     *       "error_code": 0,
                     *       "error": "",
                     *       "metadata": {
                     *         "config": {},
                     *         "api_extensions": [
                     *           "storage_zfs_remove_snapshots",
                     *           "container_host_shutdown_timeout",
                     *           "container_stop_priority",
                     *           "container_syscall_filtering",
                     *           "auth_pki",
                     *           "container_last_used_at",
                     *           "etag",
                     *           "patch",
                     *           "usb_devices",
                     *           "https_allowed_credentials",
                     *           "image_compression_algorithm",
                     *           "directory_manipulation",
                     *           "container_cpu_time",
                     *           "resources",
                     *           "console",
                     *           "clustering",
                     *           "event_lifecycle",
                     *           "projects",
                     *           "metrics",
                     *           "instance_get_full",
                     *           "operation_wait",
                     *           "warnings"
                     *         ],
                     *         "api_status": "stable",
                     *         "api_version": "1.0",
                     *         "auth": "trusted",
                     *         "public": false,
                     *         "auth_methods": [
                     *           "tls"
                     *         ],
                     *         "environment": {
                     *           "addresses": [],
                     *           "architectures": [
                     *             "x86_64",
                     *             "i686"
                     *           ],
                     *           "certificate": "-----BEGIN CERTIFICATE-----\nMIICATCCAYegAwIBAgIQKb3kdHnWJ2vXgS5yzR8XVTAKBggqhkjOPQQDAzAyMRww\nGgYDVQQKExNsaW51eGNvbnRhaW5lcnMub3JnMRIwEAYDVQQDDAlyb290QHZtMB4X\n-----END CERTIFICATE-----\n",
                     *           "certificate_fingerprint": "bf9cb338945b1d491140f35b010093cf86d048c1ab353087ea11ec252d48575d",
                     *           "driver": "lxc | qemu",
                     *           "driver_version": "5.0.2 | 7.2.5",
                     *           "firewall": "nftables",
                     *           "kernel": "Linux",
                     *           "kernel_architecture": "x86_64",
                     *           "kernel_features": {
                     *             "idmapped_mounts": "true",
                     *             "netnsid_getifaddrs": "true",
                     *             "seccomp_listener": "true",
                     *             "seccomp_listener_continue": "true",
                     *             "shiftfs": "false",
                     *             "uevent_injection": "true",
                     *             "unpriv_fscaps": "true"
                     *           },
                     *           "kernel_version": "6.1.0-27-amd64",
                     *           "lxc_features": {
                     *             "cgroup2": "true",
                     *             "core_scheduling": "true",
                     *             "devpts_fd": "true",
                     *             "idmapped_mounts_v2": "true",
                     *             "mount_injection_file": "true",
                     *             "network_gateway_device_route": "true",
                     *             "network_ipvlan": "true",
                     *             "network_l2proxy": "true",
                     *             "network_phys_macvlan_mtu": "true",
                     *             "network_veth_router": "true",
                     *             "pidfd": "true",
                     *             "seccomp_allow_deny_syntax": "true",
                     *             "seccomp_notify": "true",
                     *             "seccomp_proxy_send_notify_fd": "true"
                     *           },
                     *           "os_name": "Debian GNU/Linux",
                     *           "os_version": "12",
                     *           "project": "default",
                     *           "server": "lxd",
                     *           "server_clustered": false,
                     *           "server_event_mode": "full-mesh",
                     *           "server_name": "vm",
                     *           "server_pid": 1873,
                     *           "server_version": "5.0.2",
                     *           "storage": "dir",
                     *           "storage_version": "1",
                     *           "storage_supported_drivers": [
                     *             {
                     *               "Name": "dir",
                     *               "Version": "1",
                     *               "Remote": false
                     *             },
                     *             {
                     *               "Name": "btrfs",
                     *               "Version": "6.2",
                     *               "Remote": false
                     *             },
                     *             {
                     *               "Name": "lvm",
                     *               "Version": "2.03.16(2) (2022-05-18) / 1.02.185 (2022-05-18) / 4.47.0",
                     *               "Remote": false
                     *             }
                     *           ]
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["SyncEnvelope"] & {
                        /** @description The full view for a trusted client, the reduced one otherwise. */
                        metadata: components["schemas"]["Server"] | components["schemas"]["ServerUntrusted"];
                    };
                };
            };
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    updateServer: {
        parameters: {
            query?: {
                /** @description Cluster member to act on (clustered daemons only). */
                target?: components["parameters"]["target"];
            };
            header?: {
                /** @description ETag from an earlier GET; the daemon refuses the change with 412 when the object changed since. */
                "If-Match"?: components["parameters"]["ifMatch"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "config": {
                 *         "core.https_address": "127.0.0.1:8443"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ServerPut"];
            };
        };
        responses: {
            200: components["responses"]["EmptySync"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            412: components["responses"]["PreconditionFailed"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    patchServer: {
        parameters: {
            query?: {
                /** @description Cluster member to act on (clustered daemons only). */
                target?: components["parameters"]["target"];
            };
            header?: {
                /** @description ETag from an earlier GET; the daemon refuses the change with 412 when the object changed since. */
                "If-Match"?: components["parameters"]["ifMatch"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "config": {
                 *         "core.trust_password": "research-pw"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ServerPut"];
            };
        };
        responses: {
            200: components["responses"]["EmptySync"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            412: components["responses"]["PreconditionFailed"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    getEvents: {
        parameters: {
            query?: {
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
                /**
                 * @description Comma-separated event kinds to receive: `operation`, `logging`, `lifecycle` (default: all).
                 * @example operation,lifecycle
                 */
                type?: components["parameters"]["eventType"];
                /** @description List objects of every project. */
                "all-projects"?: components["parameters"]["allProjects"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Switched to the websocket protocol. The daemon then sends one JSON text frame per `Event` (see the `Event` schema) and ping frames with the payload `keepalive`. */
            101: {
                headers: {
                    /** @description Always `websocket`. */
                    Upgrade?: "websocket";
                    /** @description Always `Upgrade`. */
                    Connection?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["WebsocketRequired"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    getResources: {
        parameters: {
            query?: {
                /** @description Cluster member to act on (clustered daemons only). */
                target?: components["parameters"]["target"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Hardware resources. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "sync",
                     *       "status": "Success",
                     *       "status_code": 200,
                     *       "operation": "",
                     *       "error_code": 0,
                     *       "error": "",
                     *       "metadata": {
                     *         "cpu": {
                     *           "architecture": "x86_64",
                     *           "total": 2,
                     *           "sockets": [
                     *             {
                     *               "name": "Intel(R) Xeon(R) CPU E5-2680 v4 @ 2.40GHz",
                     *               "vendor": "GenuineIntel",
                     *               "socket": 0,
                     *               "cache": [
                     *                 {
                     *                   "level": 1,
                     *                   "type": "Data",
                     *                   "size": 32768
                     *                 },
                     *                 {
                     *                   "level": 1,
                     *                   "type": "Instruction",
                     *                   "size": 32768
                     *                 },
                     *                 {
                     *                   "level": 2,
                     *                   "type": "Unified",
                     *                   "size": 4194304
                     *                 }
                     *               ],
                     *               "cores": [
                     *                 {
                     *                   "core": 0,
                     *                   "die": 0,
                     *                   "frequency": 2400,
                     *                   "threads": [
                     *                     {
                     *                       "id": 0,
                     *                       "numa_node": 0,
                     *                       "thread": 0,
                     *                       "online": true,
                     *                       "isolated": false
                     *                     }
                     *                   ]
                     *                 },
                     *                 {
                     *                   "core": 1,
                     *                   "die": 0,
                     *                   "frequency": 2400,
                     *                   "threads": [
                     *                     {
                     *                       "id": 1,
                     *                       "numa_node": 0,
                     *                       "thread": 0,
                     *                       "online": true,
                     *                       "isolated": false
                     *                     }
                     *                   ]
                     *                 }
                     *               ],
                     *               "frequency": 2400
                     *             }
                     *           ]
                     *         },
                     *         "memory": {
                     *           "nodes": [
                     *             {
                     *               "numa_node": 0,
                     *               "hugepages_used": 0,
                     *               "hugepages_total": 0,
                     *               "used": 812646400,
                     *               "total": 4108935168
                     *             }
                     *           ],
                     *           "hugepages_total": 0,
                     *           "hugepages_used": 0,
                     *           "hugepages_size": 2097152,
                     *           "used": 812646400,
                     *           "total": 4108935168
                     *         },
                     *         "gpu": {
                     *           "cards": [],
                     *           "total": 0
                     *         },
                     *         "network": {
                     *           "cards": [
                     *             {
                     *               "driver": "virtio_net",
                     *               "driver_version": "1.0.0",
                     *               "numa_node": 0,
                     *               "pci_address": "0000:00:03.0",
                     *               "vendor": "Red Hat, Inc.",
                     *               "vendor_id": "1af4",
                     *               "product": "Virtio network device",
                     *               "product_id": "1000",
                     *               "ports": [
                     *                 {
                     *                   "id": "enp0s3",
                     *                   "address": "52:54:00:12:34:56",
                     *                   "port": 0,
                     *                   "protocol": "ethernet",
                     *                   "auto_negotiation": false,
                     *                   "link_detected": true
                     *                 }
                     *               ]
                     *             }
                     *           ],
                     *           "total": 1
                     *         },
                     *         "storage": {
                     *           "disks": [
                     *             {
                     *               "id": "vda",
                     *               "device": "252:0",
                     *               "model": "",
                     *               "type": "virtio",
                     *               "read_only": false,
                     *               "size": 21474836480,
                     *               "removable": false,
                     *               "numa_node": 0,
                     *               "device_path": "pci-0000:00:05.0",
                     *               "block_size": 512,
                     *               "firmware_version": "",
                     *               "rpm": 0,
                     *               "serial": "",
                     *               "device_id": "",
                     *               "pci_address": "0000:00:05.0",
                     *               "partitions": [
                     *                 {
                     *                   "id": "vda1",
                     *                   "device": "252:1",
                     *                   "read_only": false,
                     *                   "size": 21473787904,
                     *                   "partition": 1
                     *                 }
                     *               ]
                     *             }
                     *           ],
                     *           "total": 1
                     *         },
                     *         "usb": {
                     *           "devices": [],
                     *           "total": 0
                     *         },
                     *         "pci": {
                     *           "devices": [
                     *             {
                     *               "driver": "virtio-pci",
                     *               "driver_version": "",
                     *               "numa_node": 0,
                     *               "pci_address": "0000:00:03.0",
                     *               "vendor": "Red Hat, Inc.",
                     *               "vendor_id": "1af4",
                     *               "product": "Virtio network device",
                     *               "product_id": "1000",
                     *               "iommu_group": 0,
                     *               "vpd": {
                     *                 "entries": {}
                     *               }
                     *             }
                     *           ],
                     *           "total": 1
                     *         },
                     *         "system": {
                     *           "uuid": "5f0b9c2e-8a41-4d3b-9c77-2e6a1d8f4b10",
                     *           "vendor": "QEMU",
                     *           "product": "Standard PC (Q35 + ICH9, 2009)",
                     *           "family": "",
                     *           "version": "pc-q35-7.2",
                     *           "sku": "",
                     *           "serial": "",
                     *           "type": "virtual",
                     *           "firmware": {
                     *             "date": "04/01/2014",
                     *             "vendor": "SeaBIOS",
                     *             "version": "1.16.2-debian-1.16.2-1"
                     *           },
                     *           "chassis": {
                     *             "serial": "",
                     *             "type": "Other",
                     *             "vendor": "QEMU",
                     *             "version": "pc-q35-7.2"
                     *           },
                     *           "motherboard": {
                     *             "product": "",
                     *             "serial": "",
                     *             "vendor": "",
                     *             "version": ""
                     *           }
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["SyncEnvelope"] & {
                        metadata: components["schemas"]["Resources"];
                    };
                };
            };
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    getMetrics: {
        parameters: {
            query?: {
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
                /** @description Cluster member to act on (clustered daemons only). */
                target?: components["parameters"]["target"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Metrics of the instances in OpenMetrics/Prometheus text format. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example # HELP lxd_cpu_seconds_total The total number of CPU time used in seconds.
                     *     # TYPE lxd_cpu_seconds_total counter
                     *     lxd_cpu_seconds_total{cpu="0",mode="system",name="c1",project="default",type="container"} 1.253
                     *     lxd_cpu_seconds_total{cpu="0",mode="user",name="c1",project="default",type="container"} 0.62
                     *     # HELP lxd_memory_MemTotal_bytes The amount of used memory.
                     *     # TYPE lxd_memory_MemTotal_bytes gauge
                     *     lxd_memory_MemTotal_bytes{name="c1",project="default",type="container"} 4.108935168e+09
                     *     # HELP lxd_procs_total The number of running processes.
                     *     # TYPE lxd_procs_total gauge
                     *     lxd_procs_total{name="c1",project="default",type="container"} 9
                     *     # EOF
                     */
                    "text/plain": string;
                };
            };
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    listOperations: {
        parameters: {
            query?: {
                /** @description `0` (default) lists URLs, `1` lists full objects. */
                recursion?: components["parameters"]["recursion"];
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Operations grouped by status. The Swagger file documents a plain list; the daemon sends a map. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "sync",
                     *       "status": "Success",
                     *       "status_code": 200,
                     *       "operation": "",
                     *       "error_code": 0,
                     *       "error": "",
                     *       "metadata": {
                     *         "success": [
                     *           "/1.0/operations/f307bb1c-297f-4635-9840-2022870cd387"
                     *         ],
                     *         "failure": [
                     *           "/1.0/operations/c4560ed2-d8f0-46eb-b4ff-e0b09f22c75c"
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["SyncEnvelope"] & {
                        /** @description Operation URLs (recursion 0) or Operation objects (recursion 1), grouped by lowercase status (`running`, `success`, `failure`, `cancelled`...). `{}` when there are none. */
                        metadata: {
                            [key: string]: string[] | components["schemas"]["Operation"][];
                        };
                    };
                };
            };
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    getOperation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Operation UUID.
                 * @example f307bb1c-297f-4635-9840-2022870cd387
                 */
                id: components["parameters"]["operationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The operation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "sync",
                     *       "status": "Success",
                     *       "status_code": 200,
                     *       "operation": "",
                     *       "error_code": 0,
                     *       "error": "",
                     *       "metadata": {
                     *         "id": "c4560ed2-d8f0-46eb-b4ff-e0b09f22c75c",
                     *         "class": "task",
                     *         "description": "Starting instance",
                     *         "created_at": "2026-11-22T14:08:58.231856543Z",
                     *         "updated_at": "2026-11-22T14:08:58.235423559Z",
                     *         "status": "Failure",
                     *         "status_code": 400,
                     *         "resources": {
                     *           "instances": [
                     *             "/1.0/instances/research-c1"
                     *           ]
                     *         },
                     *         "metadata": {
                     *           "container_progress": "Remapping container filesystem"
                     *         },
                     *         "may_cancel": false,
                     *         "err": "Failed to handle idmapped storage: No such file or directory: \"$LXD_DIR/storage-pools/default/containers/research-c1/rootfs\"",
                     *         "location": "none"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["SyncEnvelope"] & {
                        metadata: components["schemas"]["Operation"];
                    };
                };
            };
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    cancelOperation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Operation UUID.
                 * @example f307bb1c-297f-4635-9840-2022870cd387
                 */
                id: components["parameters"]["operationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["EmptySync"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    waitOperation: {
        parameters: {
            query?: {
                /**
                 * @description Seconds to wait; `-1` (default) waits until the operation ends. A non-numeric value is answered with 500.
                 * @example 30
                 */
                timeout?: components["parameters"]["timeout"];
                /** @description Marks the variant of the call meant for untrusted clients. The daemon does not read this parameter: it decides from the client certificate, so untrusted clients get the public view with or without it. lxc sends the bare flag (`?public`, an empty value; live audit 2026-11), so any value is accepted. */
                public?: components["parameters"]["public"];
                /** @description One-time secret that lets an untrusted client access a private image (see `POST /1.0/images/{fingerprint}/secret`) or wait on an operation. */
                secret?: components["parameters"]["secret"];
            };
            header?: never;
            path: {
                /**
                 * @description Operation UUID.
                 * @example f307bb1c-297f-4635-9840-2022870cd387
                 */
                id: components["parameters"]["operationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The operation when it ended or when the timeout expired. In LXD 5.0.2 this is always a sync 200: a failed operation has `metadata.status_code` 400 and `metadata.err`; an expired timeout returns the operation still running (`status_code` 103). LXD 5.0.3 and later may answer 200 with an error envelope instead. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "sync",
                     *       "status": "Success",
                     *       "status_code": 200,
                     *       "operation": "",
                     *       "error_code": 0,
                     *       "error": "",
                     *       "metadata": {
                     *         "id": "f307bb1c-297f-4635-9840-2022870cd387",
                     *         "class": "task",
                     *         "description": "Creating instance",
                     *         "created_at": "2026-11-22T14:08:50.605054435Z",
                     *         "updated_at": "2026-11-22T14:08:50.605054435Z",
                     *         "status": "Success",
                     *         "status_code": 200,
                     *         "resources": {
                     *           "containers": [
                     *             "/1.0/containers/research-c1"
                     *           ],
                     *           "instances": [
                     *             "/1.0/instances/research-c1"
                     *           ]
                     *         },
                     *         "metadata": null,
                     *         "may_cancel": false,
                     *         "err": "",
                     *         "location": "none"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["SyncEnvelope"] & {
                        metadata: components["schemas"]["Operation"];
                    };
                };
            };
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    connectOperationWebsocket: {
        parameters: {
            query: {
                /**
                 * @description Secret of the websocket to attach to, from the operation metadata.
                 * @example 9b6a4c2e0f8d7b5a3c1e9f7d5b3a1c0e8f6d4b2a0c9e7f5d3b1a9c8e6f4d2b0a
                 */
                secret: components["parameters"]["wsSecret"];
                /** @description Marks the variant of the call meant for untrusted clients. The daemon does not read this parameter: it decides from the client certificate, so untrusted clients get the public view with or without it. lxc sends the bare flag (`?public`, an empty value; live audit 2026-11), so any value is accepted. */
                public?: components["parameters"]["public"];
            };
            header?: never;
            path: {
                /**
                 * @description Operation UUID.
                 * @example f307bb1c-297f-4635-9840-2022870cd387
                 */
                id: components["parameters"]["operationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Switched to the websocket protocol; the frames depend on the operation (exec streams, console, migration). */
            101: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["WebsocketRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    listCertificates: {
        parameters: {
            query?: {
                /** @description `0` (default) lists URLs, `1` lists full objects. */
                recursion?: components["parameters"]["recursion"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Certificate URLs or objects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "sync",
                     *       "status": "Success",
                     *       "status_code": 200,
                     *       "operation": "",
                     *       "error_code": 0,
                     *       "error": "",
                     *       "metadata": [
                     *         "/1.0/certificates/a8fdb3a9efb469af81d922617febe5ad4ada09c1bea01160d6cdbedb341879c6"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["SyncEnvelope"] & {
                        /** @description URLs (recursion 0) or objects (recursion 1). */
                        metadata: string[] | components["schemas"]["Certificate"][];
                    };
                };
            };
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    addCertificate: {
        parameters: {
            query?: {
                /** @description Marks the variant of the call meant for untrusted clients. The daemon does not read this parameter: it decides from the client certificate, so untrusted clients get the public view with or without it. lxc sends the bare flag (`?public`, an empty value; live audit 2026-11), so any value is accepted. */
                public?: components["parameters"]["public"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "type": "client",
                 *       "name": "research-client",
                 *       "certificate": "MIIBxjCCAUygAwIBAgIUYYZ8/o9n9RPIA8rvXpDWjDsbeg0wCgYIKoZIzj0EAwMwGjEYMBYGA1UEAwwPcmVzZWFyY2gtY2xpZW50MB4XDTI2MTEyMjE0MTAyNloXDTI2MTIyMjE0MTAyNlowGjEYMBYGA1UEAwwPcmVzZWFyY2gtY2xpZW50MHYwEAYHKoZIzj0CAQYFK4EEACIDYgAEfijVzUgGWIL7YPYfVzyQjNPDHAjnmhc1UHI3rwCSOQL5KHfVgnOGF6iOCoijkJWnePcty8vnu10n5aJzaY9uHSaKdfzQ0l8bz444Ksehanu15tRH8QopQ3ojca1UZnrjo1MwUTAdBgNVHQ4EFgQU+BCm9KVGPevCeA/oGrBhyPVCaegwHwYDVR0jBBgwFoAU+BCm9KVGPevCeA/oGrBhyPVCaegwDwYDVR0TAQH/BAUwAwEB/zAKBggqhkjOPQQDAwNoADBlAjBzE8wvo9qtsx4KKIVL5ljxhRyacZIYByuZzf9io0ynSBlhMuASrtFLKZFmDr7IOocCMQDtaLPUY0RmoJxjLL9NtW7OnB0RlpzMNMoYgetM++vDQDBVzITA4hkY8vEB42k7CNc="
                 *     }
                 */
                "application/json": components["schemas"]["CertificatesPost"];
            };
        };
        responses: {
            201: components["responses"]["Created"];
            /** @description With `token: true`: a `token` operation whose metadata holds the join secret, the server fingerprint and addresses. An untrusted client can use the resulting token as `password`. */
            202: {
                headers: {
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "async",
                     *       "status": "Operation created",
                     *       "status_code": 100,
                     *       "operation": "/1.0/operations/459c5a30-5275-4659-8fac-60a766a6bf40",
                     *       "error_code": 0,
                     *       "error": "",
                     *       "metadata": {
                     *         "id": "459c5a30-5275-4659-8fac-60a766a6bf40",
                     *         "class": "token",
                     *         "description": "Executing operation",
                     *         "created_at": "2026-11-22T14:11:07.813401623Z",
                     *         "updated_at": "2026-11-22T14:11:07.813401623Z",
                     *         "status": "Running",
                     *         "status_code": 103,
                     *         "resources": null,
                     *         "metadata": {
                     *           "addresses": [
                     *             "127.0.0.1:8443"
                     *           ],
                     *           "fingerprint": "bf9cb338945b1d491140f35b010093cf86d048c1ab353087ea11ec252d48575d",
                     *           "request": {
                     *             "name": "research-client3",
                     *             "type": "client",
                     *             "restricted": false,
                     *             "projects": [],
                     *             "certificate": "",
                     *             "password": "",
                     *             "token": true
                     *           },
                     *           "secret": "16cf9b848ef3371b3a55c45f6ace2027a364a26d87861b5efa0e9abf5fd2d773"
                     *         },
                     *         "may_cancel": true,
                     *         "err": "",
                     *         "location": "none"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["AsyncResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            /** @description A duplicate name (LXD 5.0.2 answers 409 here; live audit 2026-11). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    getCertificate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Certificate fingerprint (or a unique prefix of it).
                 * @example a8fdb3a9efb469af81d922617febe5ad4ada09c1bea01160d6cdbedb341879c6
                 */
                fingerprint: components["parameters"]["certificateFingerprint"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The certificate. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "sync",
                     *       "status": "Success",
                     *       "status_code": 200,
                     *       "operation": "",
                     *       "error_code": 0,
                     *       "error": "",
                     *       "metadata": {
                     *         "name": "research-client",
                     *         "type": "client",
                     *         "restricted": false,
                     *         "projects": [],
                     *         "certificate": "-----BEGIN CERTIFICATE-----\nMIIBxjCCAUygAwIBAgIUYYZ8/o9n9RPIA8rvXpDWjDsbeg0wCgYIKoZIzj0EAwMw\nGjEYMBYGA1UEAwwPcmVzZWFyY2gtY2xpZW50MB4XDTI2MTEyMjE0MTAyNloXDTI2\nMTIyMjE0MTAyNlowGjEYMBYGA1UEAwwPcmVzZWFyY2gtY2xpZW50MHYwEAYHKoZI\nzj0CAQYFK4EEACIDYgAEfijVzUgGWIL7YPYfVzyQjNPDHAjnmhc1UHI3rwCSOQL5\nKHfVgnOGF6iOCoijkJWnePcty8vnu10n5aJzaY9uHSaKdfzQ0l8bz444Ksehanu1\n5tRH8QopQ3ojca1UZnrjo1MwUTAdBgNVHQ4EFgQU+BCm9KVGPevCeA/oGrBhyPVC\naegwHwYDVR0jBBgwFoAU+BCm9KVGPevCeA/oGrBhyPVCaegwDwYDVR0TAQH/BAUw\nAwEB/zAKBggqhkjOPQQDAwNoADBlAjBzE8wvo9qtsx4KKIVL5ljxhRyacZIYByuZ\nzf9io0ynSBlhMuASrtFLKZFmDr7IOocCMQDtaLPUY0RmoJxjLL9NtW7OnB0RlpzM\nNMoYgetM++vDQDBVzITA4hkY8vEB42k7CNc=\n-----END CERTIFICATE-----\n",
                     *         "fingerprint": "a8fdb3a9efb469af81d922617febe5ad4ada09c1bea01160d6cdbedb341879c6"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["SyncEnvelope"] & {
                        metadata: components["schemas"]["Certificate"];
                    };
                };
            };
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    updateCertificate: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from an earlier GET; the daemon refuses the change with 412 when the object changed since. */
                "If-Match"?: components["parameters"]["ifMatch"];
            };
            path: {
                /**
                 * @description Certificate fingerprint (or a unique prefix of it).
                 * @example a8fdb3a9efb469af81d922617febe5ad4ada09c1bea01160d6cdbedb341879c6
                 */
                fingerprint: components["parameters"]["certificateFingerprint"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "research-client",
                 *       "type": "client",
                 *       "restricted": true,
                 *       "projects": [
                 *         "default"
                 *       ],
                 *       "certificate": "-----BEGIN CERTIFICATE-----\nMIIBxjCCAUygAwIBAgIUYYZ8/o9n9RPIA8rvXpDWjDsbeg0wCgYIKoZIzj0EAwMw\nGjEYMBYGA1UEAwwPcmVzZWFyY2gtY2xpZW50MB4XDTI2MTEyMjE0MTAyNloXDTI2\nMTIyMjE0MTAyNlowGjEYMBYGA1UEAwwPcmVzZWFyY2gtY2xpZW50MHYwEAYHKoZI\nzj0CAQYFK4EEACIDYgAEfijVzUgGWIL7YPYfVzyQjNPDHAjnmhc1UHI3rwCSOQL5\nKHfVgnOGF6iOCoijkJWnePcty8vnu10n5aJzaY9uHSaKdfzQ0l8bz444Ksehanu1\n5tRH8QopQ3ojca1UZnrjo1MwUTAdBgNVHQ4EFgQU+BCm9KVGPevCeA/oGrBhyPVC\naegwHwYDVR0jBBgwFoAU+BCm9KVGPevCeA/oGrBhyPVCaegwDwYDVR0TAQH/BAUw\nAwEB/zAKBggqhkjOPQQDAwNoADBlAjBzE8wvo9qtsx4KKIVL5ljxhRyacZIYByuZ\nzf9io0ynSBlhMuASrtFLKZFmDr7IOocCMQDtaLPUY0RmoJxjLL9NtW7OnB0RlpzM\nNMoYgetM++vDQDBVzITA4hkY8vEB42k7CNc=\n-----END CERTIFICATE-----\n"
                 *     }
                 */
                "application/json": components["schemas"]["CertificatePut"];
            };
        };
        responses: {
            200: components["responses"]["EmptySync"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    deleteCertificate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Certificate fingerprint (or a unique prefix of it).
                 * @example a8fdb3a9efb469af81d922617febe5ad4ada09c1bea01160d6cdbedb341879c6
                 */
                fingerprint: components["parameters"]["certificateFingerprint"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["EmptySync"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    patchCertificate: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from an earlier GET; the daemon refuses the change with 412 when the object changed since. */
                "If-Match"?: components["parameters"]["ifMatch"];
            };
            path: {
                /**
                 * @description Certificate fingerprint (or a unique prefix of it).
                 * @example a8fdb3a9efb469af81d922617febe5ad4ada09c1bea01160d6cdbedb341879c6
                 */
                fingerprint: components["parameters"]["certificateFingerprint"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "restricted": true,
                 *       "projects": [
                 *         "default"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["CertificatePut"];
            };
        };
        responses: {
            200: components["responses"]["EmptySync"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    listWarnings: {
        parameters: {
            query?: {
                /** @description `0` (default) lists URLs, `1` lists full objects. */
                recursion?: components["parameters"]["recursion"];
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Warning URLs or objects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "sync",
                     *       "status": "Success",
                     *       "status_code": 200,
                     *       "operation": "",
                     *       "error_code": 0,
                     *       "error": "",
                     *       "metadata": [
                     *         "/1.0/warnings/3e5f9c1a-8b7d-4f2e-a6c4-0d9b1e7f2a53"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["SyncEnvelope"] & {
                        /** @description URLs (recursion 0) or objects (recursion 1). */
                        metadata: string[] | components["schemas"]["Warning"][];
                    };
                };
            };
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    getWarning: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Warning UUID.
                 * @example 3e5f9c1a-8b7d-4f2e-a6c4-0d9b1e7f2a53
                 */
                uuid: components["parameters"]["warningUuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The warning. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "sync",
                     *       "status": "Success",
                     *       "status_code": 200,
                     *       "operation": "",
                     *       "error_code": 0,
                     *       "error": "",
                     *       "metadata": {
                     *         "uuid": "3e5f9c1a-8b7d-4f2e-a6c4-0d9b1e7f2a53",
                     *         "location": "none",
                     *         "project": "",
                     *         "type": "Couldn't find CGroup",
                     *         "count": 1,
                     *         "first_seen_at": "2026-11-22T13:58:02.271334117Z",
                     *         "last_seen_at": "2026-11-22T13:58:02.271334117Z",
                     *         "last_message": "Couldn't find the CGroup network priority controller, per-instance network priority will be ignored",
                     *         "severity": "low",
                     *         "status": "new",
                     *         "entity_url": ""
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["SyncEnvelope"] & {
                        metadata: components["schemas"]["Warning"];
                    };
                };
            };
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    updateWarning: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Warning UUID.
                 * @example 3e5f9c1a-8b7d-4f2e-a6c4-0d9b1e7f2a53
                 */
                uuid: components["parameters"]["warningUuid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "status": "acknowledged"
                 *     }
                 */
                "application/json": components["schemas"]["WarningPut"];
            };
        };
        responses: {
            200: components["responses"]["EmptySync"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    deleteWarning: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Warning UUID.
                 * @example 3e5f9c1a-8b7d-4f2e-a6c4-0d9b1e7f2a53
                 */
                uuid: components["parameters"]["warningUuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["EmptySync"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    patchWarning: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Warning UUID.
                 * @example 3e5f9c1a-8b7d-4f2e-a6c4-0d9b1e7f2a53
                 */
                uuid: components["parameters"]["warningUuid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "status": "acknowledged"
                 *     }
                 */
                "application/json": components["schemas"]["WarningPut"];
            };
        };
        responses: {
            200: components["responses"]["EmptySync"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    listProfiles: {
        parameters: {
            query?: {
                /** @description `0` (default) lists URLs, `1` lists full objects. */
                recursion?: components["parameters"]["recursion"];
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Profile URLs or objects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "sync",
                     *       "status": "Success",
                     *       "status_code": 200,
                     *       "operation": "",
                     *       "error_code": 0,
                     *       "error": "",
                     *       "metadata": [
                     *         "/1.0/profiles/default",
                     *         "/1.0/profiles/p1"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["SyncEnvelope"] & {
                        /** @description URLs (recursion 0) or objects (recursion 1). */
                        metadata: string[] | components["schemas"]["Profile"][];
                    };
                };
            };
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    createProfile: {
        parameters: {
            query?: {
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "research-p1",
                 *       "description": "research test",
                 *       "config": {
                 *         "user.research": "1"
                 *       },
                 *       "devices": {}
                 *     }
                 */
                "application/json": components["schemas"]["ProfilesPost"];
            };
        };
        responses: {
            201: components["responses"]["Created"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    getProfile: {
        parameters: {
            query?: {
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
            };
            header?: never;
            path: {
                /**
                 * @description Profile name.
                 * @example default
                 */
                name: components["parameters"]["profileName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The profile. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "sync",
                     *       "status": "Success",
                     *       "status_code": 200,
                     *       "operation": "",
                     *       "error_code": 0,
                     *       "error": "",
                     *       "metadata": {
                     *         "config": {},
                     *         "description": "",
                     *         "devices": {
                     *           "root": {
                     *             "path": "/",
                     *             "pool": "default",
                     *             "type": "disk"
                     *           }
                     *         },
                     *         "name": "default",
                     *         "used_by": [
                     *           "/1.0/instances/c1"
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["SyncEnvelope"] & {
                        metadata: components["schemas"]["Profile"];
                    };
                };
            };
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    updateProfile: {
        parameters: {
            query?: {
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
            };
            header?: {
                /** @description ETag from an earlier GET; the daemon refuses the change with 412 when the object changed since. */
                "If-Match"?: components["parameters"]["ifMatch"];
            };
            path: {
                /**
                 * @description Profile name.
                 * @example default
                 */
                name: components["parameters"]["profileName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "description": "research test 2",
                 *       "config": {
                 *         "user.research": "2"
                 *       },
                 *       "devices": {}
                 *     }
                 */
                "application/json": components["schemas"]["ProfilePut"];
            };
        };
        responses: {
            200: components["responses"]["EmptySync"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    renameProfile: {
        parameters: {
            query?: {
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
            };
            header?: never;
            path: {
                /**
                 * @description Profile name.
                 * @example default
                 */
                name: components["parameters"]["profileName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "research-p2"
                 *     }
                 */
                "application/json": components["schemas"]["ProfilePost"];
            };
        };
        responses: {
            201: components["responses"]["Created"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    deleteProfile: {
        parameters: {
            query?: {
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
            };
            header?: never;
            path: {
                /**
                 * @description Profile name.
                 * @example default
                 */
                name: components["parameters"]["profileName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["EmptySync"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    patchProfile: {
        parameters: {
            query?: {
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
            };
            header?: {
                /** @description ETag from an earlier GET; the daemon refuses the change with 412 when the object changed since. */
                "If-Match"?: components["parameters"]["ifMatch"];
            };
            path: {
                /**
                 * @description Profile name.
                 * @example default
                 */
                name: components["parameters"]["profileName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "config": {
                 *         "user.patched": "yes"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ProfilePut"];
            };
        };
        responses: {
            200: components["responses"]["EmptySync"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    listProjects: {
        parameters: {
            query?: {
                /** @description `0` (default) lists URLs, `1` lists full objects. */
                recursion?: components["parameters"]["recursion"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Project URLs or objects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "sync",
                     *       "status": "Success",
                     *       "status_code": 200,
                     *       "operation": "",
                     *       "error_code": 0,
                     *       "error": "",
                     *       "metadata": [
                     *         "/1.0/projects/default"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["SyncEnvelope"] & {
                        /** @description URLs (recursion 0) or objects (recursion 1). */
                        metadata: string[] | components["schemas"]["Project"][];
                    };
                };
            };
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    createProject: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "research",
                 *       "description": "Research sandbox",
                 *       "config": {
                 *         "features.images": "false",
                 *         "features.profiles": "true"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ProjectsPost"];
            };
        };
        responses: {
            201: components["responses"]["Created"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            /** @description A duplicate name (LXD 5.0.2 answers 409 here; live audit 2026-11). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    getProject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Project name.
                 * @example default
                 */
                name: components["parameters"]["projectName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The project. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "sync",
                     *       "status": "Success",
                     *       "status_code": 200,
                     *       "operation": "",
                     *       "error_code": 0,
                     *       "error": "",
                     *       "metadata": {
                     *         "config": {
                     *           "features.images": "true",
                     *           "features.networks": "true",
                     *           "features.profiles": "true",
                     *           "features.storage.buckets": "true",
                     *           "features.storage.volumes": "true"
                     *         },
                     *         "description": "Default LXD project",
                     *         "name": "default",
                     *         "used_by": [
                     *           "/1.0/images/8f1c6a2de3b1c90e7c7a5f7cb60c9d2b4e3fbd64a2e8a7b6c1f0d39e55a47b21",
                     *           "/1.0/instances/c1",
                     *           "/1.0/profiles/default",
                     *           "/1.0/profiles/p1"
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["SyncEnvelope"] & {
                        metadata: components["schemas"]["Project"];
                    };
                };
            };
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    updateProject: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from an earlier GET; the daemon refuses the change with 412 when the object changed since. */
                "If-Match"?: components["parameters"]["ifMatch"];
            };
            path: {
                /**
                 * @description Project name.
                 * @example default
                 */
                name: components["parameters"]["projectName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "description": "Research sandbox",
                 *       "config": {
                 *         "features.profiles": "true",
                 *         "limits.instances": "5"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ProjectPut"];
            };
        };
        responses: {
            200: components["responses"]["EmptySync"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    renameProject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Project name.
                 * @example default
                 */
                name: components["parameters"]["projectName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "research2"
                 *     }
                 */
                "application/json": components["schemas"]["ProjectPost"];
            };
        };
        responses: {
            /** @description Renaming runs as a background operation. */
            202: {
                headers: {
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "async",
                     *       "status": "Operation created",
                     *       "status_code": 100,
                     *       "operation": "/1.0/operations/5b0e7d6c-2f41-4c8a-9e35-71a4c0d2b9f8",
                     *       "error_code": 0,
                     *       "error": "",
                     *       "metadata": {
                     *         "id": "5b0e7d6c-2f41-4c8a-9e35-71a4c0d2b9f8",
                     *         "class": "task",
                     *         "description": "Renaming project",
                     *         "created_at": "2026-11-22T14:30:00.118207645Z",
                     *         "updated_at": "2026-11-22T14:30:00.118207645Z",
                     *         "status": "Running",
                     *         "status_code": 103,
                     *         "resources": {
                     *           "projects": [
                     *             "/1.0/projects/research"
                     *           ]
                     *         },
                     *         "metadata": null,
                     *         "may_cancel": false,
                     *         "err": "",
                     *         "location": "none"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["AsyncResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    deleteProject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Project name.
                 * @example default
                 */
                name: components["parameters"]["projectName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["EmptySync"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    patchProject: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from an earlier GET; the daemon refuses the change with 412 when the object changed since. */
                "If-Match"?: components["parameters"]["ifMatch"];
            };
            path: {
                /**
                 * @description Project name.
                 * @example default
                 */
                name: components["parameters"]["projectName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "config": {
                 *         "limits.instances": "10"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ProjectPut"];
            };
        };
        responses: {
            200: components["responses"]["EmptySync"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    getProjectState: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Project name.
                 * @example default
                 */
                name: components["parameters"]["projectName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Usage and limits. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "sync",
                     *       "status": "Success",
                     *       "status_code": 200,
                     *       "operation": "",
                     *       "error_code": 0,
                     *       "error": "",
                     *       "metadata": {
                     *         "resources": {
                     *           "containers": {
                     *             "Limit": -1,
                     *             "Usage": 1
                     *           },
                     *           "cpu": {
                     *             "Limit": -1,
                     *             "Usage": 0
                     *           },
                     *           "disk": {
                     *             "Limit": -1,
                     *             "Usage": 0
                     *           },
                     *           "instances": {
                     *             "Limit": -1,
                     *             "Usage": 1
                     *           },
                     *           "memory": {
                     *             "Limit": -1,
                     *             "Usage": 0
                     *           },
                     *           "networks": {
                     *             "Limit": -1,
                     *             "Usage": 0
                     *           },
                     *           "processes": {
                     *             "Limit": -1,
                     *             "Usage": 0
                     *           },
                     *           "virtual-machines": {
                     *             "Limit": -1,
                     *             "Usage": 0
                     *           }
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["SyncEnvelope"] & {
                        metadata: components["schemas"]["ProjectState"];
                    };
                };
            };
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    listImages: {
        parameters: {
            query?: {
                /** @description `0` (default) lists URLs, `1` lists full objects. */
                recursion?: components["parameters"]["recursion"];
                /** @description Marks the variant of the call meant for untrusted clients. The daemon does not read this parameter: it decides from the client certificate, so untrusted clients get the public view with or without it. lxc sends the bare flag (`?public`, an empty value; live audit 2026-11), so any value is accepted. */
                public?: components["parameters"]["public"];
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
                /** @description Filter expression with `eq`, `ne`, `not`, `and`, `or` over (nested) fields, e.g. `name eq c1`. */
                filter?: components["parameters"]["filter"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Image URLs or objects. Untrusted clients see only public images. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "sync",
                     *       "status": "Success",
                     *       "status_code": 200,
                     *       "operation": "",
                     *       "error_code": 0,
                     *       "error": "",
                     *       "metadata": [
                     *         "/1.0/images/8f1c6a2de3b1c90e7c7a5f7cb60c9d2b4e3fbd64a2e8a7b6c1f0d39e55a47b21"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["SyncEnvelope"] & {
                        /** @description URLs (recursion 0) or objects (recursion 1). */
                        metadata: string[] | components["schemas"]["Image"][];
                    };
                };
            };
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    createImage: {
        parameters: {
            query?: {
                /** @description Marks the variant of the call meant for untrusted clients. The daemon does not read this parameter: it decides from the client certificate, so untrusted clients get the public view with or without it. lxc sends the bare flag (`?public`, an empty value; live audit 2026-11), so any value is accepted. */
                public?: components["parameters"]["public"];
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
            };
            header?: {
                /** @description Push secret (untrusted image push between servers). */
                "X-LXD-secret"?: components["parameters"]["imageSecretHeader"];
                /** @description Expected fingerprint of a pushed tarball. */
                "X-LXD-fingerprint"?: components["parameters"]["imageFingerprintHeader"];
                /**
                 * @description File name to record for a pushed tarball.
                 * @example alpine-3.18-amd64.tar.xz
                 */
                "X-LXD-filename"?: components["parameters"]["imageFilenameHeader"];
                /**
                 * @description Make a pushed tarball public (`true`/`1`).
                 * @example true
                 */
                "X-LXD-public"?: components["parameters"]["imagePublicHeader"];
                /**
                 * @description Properties of a pushed tarball, URL-query encoded (`os=Alpine&release=3.18`).
                 * @example os=Alpine&release=3.18
                 */
                "X-LXD-properties"?: components["parameters"]["imagePropertiesHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "source": {
                 *         "type": "image",
                 *         "mode": "pull",
                 *         "server": "https://images.linuxcontainers.org",
                 *         "protocol": "simplestreams",
                 *         "alias": "alpine/3.18"
                 *       },
                 *       "aliases": [
                 *         {
                 *           "name": "alpine/3.18",
                 *           "description": ""
                 *         }
                 *       ],
                 *       "auto_update": false,
                 *       "public": false
                 *     }
                 */
                "application/json": components["schemas"]["ImagesPost"];
                "application/octet-stream": Blob | Uint8Array | string;
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description Metadata tarball.
                     */
                    metadata?: Blob | Uint8Array | string;
                    /**
                     * Format: binary
                     * @description Root filesystem (squashfs or tarball).
                     */
                    rootfs?: Blob | Uint8Array | string;
                };
            };
        };
        responses: {
            /** @description The image is being imported; on success the operation metadata holds `fingerprint` and `size`. */
            202: {
                headers: {
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "async",
                     *       "status": "Operation created",
                     *       "status_code": 100,
                     *       "operation": "/1.0/operations/7a2d9e4f-1c3b-4e8a-b5f6-0d9c8e7a6b51",
                     *       "error_code": 0,
                     *       "error": "",
                     *       "metadata": {
                     *         "id": "7a2d9e4f-1c3b-4e8a-b5f6-0d9c8e7a6b51",
                     *         "class": "task",
                     *         "description": "Downloading image",
                     *         "created_at": "2026-11-22T14:30:00.118207645Z",
                     *         "updated_at": "2026-11-22T14:30:00.118207645Z",
                     *         "status": "Running",
                     *         "status_code": 103,
                     *         "resources": null,
                     *         "metadata": null,
                     *         "may_cancel": false,
                     *         "err": "",
                     *         "location": "none"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["AsyncResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    getImage: {
        parameters: {
            query?: {
                /** @description Marks the variant of the call meant for untrusted clients. The daemon does not read this parameter: it decides from the client certificate, so untrusted clients get the public view with or without it. lxc sends the bare flag (`?public`, an empty value; live audit 2026-11), so any value is accepted. */
                public?: components["parameters"]["public"];
                /** @description One-time secret that lets an untrusted client access a private image (see `POST /1.0/images/{fingerprint}/secret`) or wait on an operation. */
                secret?: components["parameters"]["secret"];
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
            };
            header?: never;
            path: {
                /**
                 * @description Image fingerprint (or a unique prefix of it).
                 * @example 8f1c6a2de3b1c90e7c7a5f7cb60c9d2b4e3fbd64a2e8a7b6c1f0d39e55a47b21
                 */
                fingerprint: components["parameters"]["imageFingerprint"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The image. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "sync",
                     *       "status": "Success",
                     *       "status_code": 200,
                     *       "operation": "",
                     *       "error_code": 0,
                     *       "error": "",
                     *       "metadata": {
                     *         "auto_update": false,
                     *         "properties": {
                     *           "architecture": "amd64",
                     *           "description": "Alpine 3.18 amd64 (20261120_13:00)",
                     *           "os": "Alpine",
                     *           "release": "3.18",
                     *           "serial": "20261120_13:00",
                     *           "type": "squashfs"
                     *         },
                     *         "public": false,
                     *         "expires_at": "1970-01-01T00:00:00Z",
                     *         "profiles": [
                     *           "default"
                     *         ],
                     *         "aliases": [
                     *           {
                     *             "name": "alpine/3.18",
                     *             "description": ""
                     *           }
                     *         ],
                     *         "architecture": "x86_64",
                     *         "cached": false,
                     *         "filename": "alpine-3.18-amd64.tar.xz",
                     *         "fingerprint": "8f1c6a2de3b1c90e7c7a5f7cb60c9d2b4e3fbd64a2e8a7b6c1f0d39e55a47b21",
                     *         "size": 2891436,
                     *         "type": "container",
                     *         "created_at": "2026-11-20T00:00:00Z",
                     *         "last_used_at": "0001-01-01T00:00:00Z",
                     *         "uploaded_at": "2026-11-22T14:30:12.118410512Z"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["SyncEnvelope"] & {
                        metadata: components["schemas"]["Image"];
                    };
                };
            };
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    updateImage: {
        parameters: {
            query?: {
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
            };
            header?: {
                /** @description ETag from an earlier GET; the daemon refuses the change with 412 when the object changed since. */
                "If-Match"?: components["parameters"]["ifMatch"];
            };
            path: {
                /**
                 * @description Image fingerprint (or a unique prefix of it).
                 * @example 8f1c6a2de3b1c90e7c7a5f7cb60c9d2b4e3fbd64a2e8a7b6c1f0d39e55a47b21
                 */
                fingerprint: components["parameters"]["imageFingerprint"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "auto_update": false,
                 *       "public": true,
                 *       "profiles": [
                 *         "default"
                 *       ],
                 *       "properties": {
                 *         "architecture": "amd64",
                 *         "description": "Alpine 3.18 amd64 (20261120_13:00)",
                 *         "os": "Alpine",
                 *         "release": "3.18",
                 *         "serial": "20261120_13:00",
                 *         "type": "squashfs"
                 *       },
                 *       "expires_at": "1970-01-01T00:00:00Z"
                 *     }
                 */
                "application/json": components["schemas"]["ImagePut"];
            };
        };
        responses: {
            200: components["responses"]["EmptySync"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    deleteImage: {
        parameters: {
            query?: {
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
            };
            header?: never;
            path: {
                /**
                 * @description Image fingerprint (or a unique prefix of it).
                 * @example 8f1c6a2de3b1c90e7c7a5f7cb60c9d2b4e3fbd64a2e8a7b6c1f0d39e55a47b21
                 */
                fingerprint: components["parameters"]["imageFingerprint"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The image is being removed. */
            202: {
                headers: {
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "async",
                     *       "status": "Operation created",
                     *       "status_code": 100,
                     *       "operation": "/1.0/operations/2c8e4b1d-7f3a-4d6e-9b05-a1c3e5f7d924",
                     *       "error_code": 0,
                     *       "error": "",
                     *       "metadata": {
                     *         "id": "2c8e4b1d-7f3a-4d6e-9b05-a1c3e5f7d924",
                     *         "class": "task",
                     *         "description": "Deleting image",
                     *         "created_at": "2026-11-22T14:30:00.118207645Z",
                     *         "updated_at": "2026-11-22T14:30:00.118207645Z",
                     *         "status": "Running",
                     *         "status_code": 103,
                     *         "resources": {
                     *           "images": [
                     *             "/1.0/images/8f1c6a2de3b1c90e7c7a5f7cb60c9d2b4e3fbd64a2e8a7b6c1f0d39e55a47b21"
                     *           ]
                     *         },
                     *         "metadata": null,
                     *         "may_cancel": false,
                     *         "err": "",
                     *         "location": "none"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["AsyncResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    patchImage: {
        parameters: {
            query?: {
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
            };
            header?: {
                /** @description ETag from an earlier GET; the daemon refuses the change with 412 when the object changed since. */
                "If-Match"?: components["parameters"]["ifMatch"];
            };
            path: {
                /**
                 * @description Image fingerprint (or a unique prefix of it).
                 * @example 8f1c6a2de3b1c90e7c7a5f7cb60c9d2b4e3fbd64a2e8a7b6c1f0d39e55a47b21
                 */
                fingerprint: components["parameters"]["imageFingerprint"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "public": true
                 *     }
                 */
                "application/json": components["schemas"]["ImagePut"];
            };
        };
        responses: {
            200: components["responses"]["EmptySync"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    exportImage: {
        parameters: {
            query?: {
                /** @description Marks the variant of the call meant for untrusted clients. The daemon does not read this parameter: it decides from the client certificate, so untrusted clients get the public view with or without it. lxc sends the bare flag (`?public`, an empty value; live audit 2026-11), so any value is accepted. */
                public?: components["parameters"]["public"];
                /** @description One-time secret that lets an untrusted client access a private image (see `POST /1.0/images/{fingerprint}/secret`) or wait on an operation. */
                secret?: components["parameters"]["secret"];
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
            };
            header?: never;
            path: {
                /**
                 * @description Image fingerprint (or a unique prefix of it).
                 * @example 8f1c6a2de3b1c90e7c7a5f7cb60c9d2b4e3fbd64a2e8a7b6c1f0d39e55a47b21
                 */
                fingerprint: components["parameters"]["imageFingerprint"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The image file. A unified image comes as one tarball; a split image as `multipart/form-data` with `metadata` and `rootfs` parts. */
            200: {
                headers: {
                    /** @description Carries the file name, e.g. `attachment; filename=alpine-3.18-amd64.tar.xz`. */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /** @example <binary tarball> */
                    "application/octet-stream": Blob | Uint8Array | string;
                    "multipart/form-data": {
                        /** Format: binary */
                        metadata?: Blob | Uint8Array | string;
                        /** Format: binary */
                        rootfs?: Blob | Uint8Array | string;
                    };
                };
            };
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    pushImage: {
        parameters: {
            query?: {
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
            };
            header?: never;
            path: {
                /**
                 * @description Image fingerprint (or a unique prefix of it).
                 * @example 8f1c6a2de3b1c90e7c7a5f7cb60c9d2b4e3fbd64a2e8a7b6c1f0d39e55a47b21
                 */
                fingerprint: components["parameters"]["imageFingerprint"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "target": "https://10.0.0.2:8443",
                 *       "secret": "c4f1e2d3b5a6978812e3f4a5b6c7d8e9",
                 *       "certificate": "-----BEGIN CERTIFICATE-----\nMIICATCCAYegAwIBAgIQKb3kdHnWJ2vXgS5yzR8XVTAKBggqhkjOPQQDAzAyMRww\nGgYDVQQKExNsaW51eGNvbnRhaW5lcnMub3JnMRIwEAYDVQQDDAlyb290QHZtMB4X\n-----END CERTIFICATE-----\n",
                 *       "aliases": [
                 *         {
                 *           "name": "alpine/3.18",
                 *           "description": ""
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["ImageExportPost"];
            };
        };
        responses: {
            /** @description The daemon is pushing the image. */
            202: {
                headers: {
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "async",
                     *       "status": "Operation created",
                     *       "status_code": 100,
                     *       "operation": "/1.0/operations/9d4f2a7b-6e1c-4b83-a0d5-3f8e2c1b7a64",
                     *       "error_code": 0,
                     *       "error": "",
                     *       "metadata": {
                     *         "id": "9d4f2a7b-6e1c-4b83-a0d5-3f8e2c1b7a64",
                     *         "class": "task",
                     *         "description": "Exporting image",
                     *         "created_at": "2026-11-22T14:30:00.118207645Z",
                     *         "updated_at": "2026-11-22T14:30:00.118207645Z",
                     *         "status": "Running",
                     *         "status_code": 103,
                     *         "resources": {
                     *           "images": [
                     *             "/1.0/images/8f1c6a2de3b1c90e7c7a5f7cb60c9d2b4e3fbd64a2e8a7b6c1f0d39e55a47b21"
                     *           ]
                     *         },
                     *         "metadata": null,
                     *         "may_cancel": false,
                     *         "err": "",
                     *         "location": "none"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["AsyncResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    refreshImage: {
        parameters: {
            query?: {
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
            };
            header?: never;
            path: {
                /**
                 * @description Image fingerprint (or a unique prefix of it).
                 * @example 8f1c6a2de3b1c90e7c7a5f7cb60c9d2b4e3fbd64a2e8a7b6c1f0d39e55a47b21
                 */
                fingerprint: components["parameters"]["imageFingerprint"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refresh runs in the background; the operation metadata says whether a newer image was found (`refreshed`). */
            202: {
                headers: {
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "async",
                     *       "status": "Operation created",
                     *       "status_code": 100,
                     *       "operation": "/1.0/operations/b1e7c3a9-5d2f-4a86-8c04-e9f1d3b5a726",
                     *       "error_code": 0,
                     *       "error": "",
                     *       "metadata": {
                     *         "id": "b1e7c3a9-5d2f-4a86-8c04-e9f1d3b5a726",
                     *         "class": "task",
                     *         "description": "Updating image",
                     *         "created_at": "2026-11-22T14:30:00.118207645Z",
                     *         "updated_at": "2026-11-22T14:30:00.118207645Z",
                     *         "status": "Running",
                     *         "status_code": 103,
                     *         "resources": {
                     *           "images": [
                     *             "/1.0/images/8f1c6a2de3b1c90e7c7a5f7cb60c9d2b4e3fbd64a2e8a7b6c1f0d39e55a47b21"
                     *           ]
                     *         },
                     *         "metadata": null,
                     *         "may_cancel": false,
                     *         "err": "",
                     *         "location": "none"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["AsyncResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    createImageSecret: {
        parameters: {
            query?: {
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
            };
            header?: never;
            path: {
                /**
                 * @description Image fingerprint (or a unique prefix of it).
                 * @example 8f1c6a2de3b1c90e7c7a5f7cb60c9d2b4e3fbd64a2e8a7b6c1f0d39e55a47b21
                 */
                fingerprint: components["parameters"]["imageFingerprint"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A `token` operation whose metadata holds the `secret`. It lasts until used or cancelled. */
            202: {
                headers: {
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "async",
                     *       "status": "Operation created",
                     *       "status_code": 100,
                     *       "operation": "/1.0/operations/e6a2b8d4-3c9f-4e17-a5b0-c2d4f6e8a193",
                     *       "error_code": 0,
                     *       "error": "",
                     *       "metadata": {
                     *         "id": "e6a2b8d4-3c9f-4e17-a5b0-c2d4f6e8a193",
                     *         "class": "token",
                     *         "description": "Executing operation",
                     *         "created_at": "2026-11-22T14:30:00.118207645Z",
                     *         "updated_at": "2026-11-22T14:30:00.118207645Z",
                     *         "status": "Running",
                     *         "status_code": 103,
                     *         "resources": {
                     *           "images": [
                     *             "/1.0/images/8f1c6a2de3b1c90e7c7a5f7cb60c9d2b4e3fbd64a2e8a7b6c1f0d39e55a47b21"
                     *           ]
                     *         },
                     *         "metadata": {
                     *           "secret": "5d0a1f7b3c9e2d4a6b8c0e1f2a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d"
                     *         },
                     *         "may_cancel": true,
                     *         "err": "",
                     *         "location": "none"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["AsyncResponse"];
                };
            };
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    listImageAliases: {
        parameters: {
            query?: {
                /** @description `0` (default) lists URLs, `1` lists full objects. */
                recursion?: components["parameters"]["recursion"];
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Alias URLs or objects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "sync",
                     *       "status": "Success",
                     *       "status_code": 200,
                     *       "operation": "",
                     *       "error_code": 0,
                     *       "error": "",
                     *       "metadata": [
                     *         "/1.0/images/aliases/alpine/3.18"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["SyncEnvelope"] & {
                        /** @description URLs (recursion 0) or objects (recursion 1). */
                        metadata: string[] | components["schemas"]["ImageAliasesEntry"][];
                    };
                };
            };
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    createImageAlias: {
        parameters: {
            query?: {
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "alpine/3.18",
                 *       "description": "",
                 *       "target": "8f1c6a2de3b1c90e7c7a5f7cb60c9d2b4e3fbd64a2e8a7b6c1f0d39e55a47b21"
                 *     }
                 */
                "application/json": components["schemas"]["ImageAliasesPost"];
            };
        };
        responses: {
            201: components["responses"]["Created"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    getImageAlias: {
        parameters: {
            query?: {
                /** @description Marks the variant of the call meant for untrusted clients. The daemon does not read this parameter: it decides from the client certificate, so untrusted clients get the public view with or without it. lxc sends the bare flag (`?public`, an empty value; live audit 2026-11), so any value is accepted. */
                public?: components["parameters"]["public"];
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
            };
            header?: never;
            path: {
                /**
                 * @description Alias name (percent-encode `/`).
                 * @example alpine/3.18
                 */
                name: components["parameters"]["aliasName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The alias. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "sync",
                     *       "status": "Success",
                     *       "status_code": 200,
                     *       "operation": "",
                     *       "error_code": 0,
                     *       "error": "",
                     *       "metadata": {
                     *         "name": "alpine/3.18",
                     *         "description": "",
                     *         "target": "8f1c6a2de3b1c90e7c7a5f7cb60c9d2b4e3fbd64a2e8a7b6c1f0d39e55a47b21",
                     *         "type": "container"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["SyncEnvelope"] & {
                        metadata: components["schemas"]["ImageAliasesEntry"];
                    };
                };
            };
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    updateImageAlias: {
        parameters: {
            query?: {
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
            };
            header?: {
                /** @description ETag from an earlier GET; the daemon refuses the change with 412 when the object changed since. */
                "If-Match"?: components["parameters"]["ifMatch"];
            };
            path: {
                /**
                 * @description Alias name (percent-encode `/`).
                 * @example alpine/3.18
                 */
                name: components["parameters"]["aliasName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "description": "Current Alpine",
                 *       "target": "8f1c6a2de3b1c90e7c7a5f7cb60c9d2b4e3fbd64a2e8a7b6c1f0d39e55a47b21"
                 *     }
                 */
                "application/json": components["schemas"]["ImageAliasesEntryPut"];
            };
        };
        responses: {
            200: components["responses"]["EmptySync"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    renameImageAlias: {
        parameters: {
            query?: {
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
            };
            header?: never;
            path: {
                /**
                 * @description Alias name (percent-encode `/`).
                 * @example alpine/3.18
                 */
                name: components["parameters"]["aliasName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "alpine/current"
                 *     }
                 */
                "application/json": components["schemas"]["ImageAliasesEntryPost"];
            };
        };
        responses: {
            201: components["responses"]["Created"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    deleteImageAlias: {
        parameters: {
            query?: {
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
            };
            header?: never;
            path: {
                /**
                 * @description Alias name (percent-encode `/`).
                 * @example alpine/3.18
                 */
                name: components["parameters"]["aliasName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["EmptySync"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    patchImageAlias: {
        parameters: {
            query?: {
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
            };
            header?: {
                /** @description ETag from an earlier GET; the daemon refuses the change with 412 when the object changed since. */
                "If-Match"?: components["parameters"]["ifMatch"];
            };
            path: {
                /**
                 * @description Alias name (percent-encode `/`).
                 * @example alpine/3.18
                 */
                name: components["parameters"]["aliasName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "description": "Current Alpine"
                 *     }
                 */
                "application/json": components["schemas"]["ImageAliasesEntryPut"];
            };
        };
        responses: {
            200: components["responses"]["EmptySync"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    listInstances: {
        parameters: {
            query?: {
                /**
                 * @description `0` (default) lists URLs, `1` Instance objects, `2` InstanceFull objects (with state, snapshots and backups).
                 * @example 1
                 */
                recursion?: components["parameters"]["instanceRecursion"];
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
                /** @description Filter expression with `eq`, `ne`, `not`, `and`, `or` over (nested) fields, e.g. `name eq c1`. */
                filter?: components["parameters"]["filter"];
                /** @description List objects of every project. */
                "all-projects"?: components["parameters"]["allProjects"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Instance URLs or objects, depending on `recursion`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "sync",
                     *       "status": "Success",
                     *       "status_code": 200,
                     *       "operation": "",
                     *       "error_code": 0,
                     *       "error": "",
                     *       "metadata": [
                     *         "/1.0/instances/c1"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["SyncEnvelope"] & {
                        /** @description URLs (recursion 0), Instance objects (1) or InstanceFull objects (2). */
                        metadata: string[] | components["schemas"]["Instance"][] | components["schemas"]["InstanceFull"][];
                    };
                };
            };
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    updateInstancesState: {
        parameters: {
            query?: {
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "state": {
                 *         "action": "stop",
                 *         "timeout": 30,
                 *         "force": false
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["InstancesPut"];
            };
        };
        responses: {
            /** @description The state changes run in the background. */
            202: {
                headers: {
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "async",
                     *       "status": "Operation created",
                     *       "status_code": 100,
                     *       "operation": "/1.0/operations/0c7e3a5f-9b2d-4e61-8a4c-d5f7b9e1c382",
                     *       "error_code": 0,
                     *       "error": "",
                     *       "metadata": {
                     *         "id": "0c7e3a5f-9b2d-4e61-8a4c-d5f7b9e1c382",
                     *         "class": "task",
                     *         "description": "Starting instances",
                     *         "created_at": "2026-11-22T14:30:00.118207645Z",
                     *         "updated_at": "2026-11-22T14:30:00.118207645Z",
                     *         "status": "Running",
                     *         "status_code": 103,
                     *         "resources": {
                     *           "instances": [
                     *             "/1.0/instances/c1"
                     *           ]
                     *         },
                     *         "metadata": null,
                     *         "may_cancel": false,
                     *         "err": "",
                     *         "location": "none"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["AsyncResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    createInstance: {
        parameters: {
            query?: {
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
                /** @description Cluster member to act on (clustered daemons only). */
                target?: components["parameters"]["target"];
            };
            header?: {
                /**
                 * @description Name for an instance restored from a backup tarball.
                 * @example c1-restored
                 */
                "X-LXD-name"?: components["parameters"]["backupNameHeader"];
                /**
                 * @description Storage pool for an instance restored from a backup tarball.
                 * @example default
                 */
                "X-LXD-pool"?: components["parameters"]["backupPoolHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "research-c1",
                 *       "source": {
                 *         "type": "none"
                 *       },
                 *       "type": "container"
                 *     }
                 */
                "application/json": components["schemas"]["InstancesPost"];
                "application/octet-stream": Blob | Uint8Array | string;
            };
        };
        responses: {
            202: components["responses"]["Operation"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    getInstance: {
        parameters: {
            query?: {
                /** @description `0` (default) lists URLs, `1` lists full objects. */
                recursion?: components["parameters"]["recursion"];
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
            };
            header?: never;
            path: {
                /**
                 * @description Instance name.
                 * @example c1
                 */
                name: components["parameters"]["instanceName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The instance. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "sync",
                     *       "status": "Success",
                     *       "status_code": 200,
                     *       "operation": "",
                     *       "error_code": 0,
                     *       "error": "",
                     *       "metadata": {
                     *         "architecture": "x86_64",
                     *         "config": {
                     *           "volatile.apply_template": "create",
                     *           "volatile.cloud-init.instance-id": "c397c97c-137f-4804-abce-fa7257cdee9f",
                     *           "volatile.idmap.base": "0",
                     *           "volatile.idmap.next": "[{\"Isuid\":true,\"Isgid\":false,\"Hostid\":100000,\"Nsid\":0,\"Maprange\":10000001},{\"Isuid\":false,\"Isgid\":true,\"Hostid\":100000,\"Nsid\":0,\"Maprange\":10000001}]",
                     *           "volatile.last_state.idmap": "[]",
                     *           "volatile.uuid": "46c317ae-0858-4e89-8ead-4a7cf1291da2"
                     *         },
                     *         "devices": {},
                     *         "ephemeral": false,
                     *         "profiles": [
                     *           "default"
                     *         ],
                     *         "stateful": false,
                     *         "description": "",
                     *         "created_at": "2026-11-22T14:05:40.410839062Z",
                     *         "expanded_config": {
                     *           "volatile.apply_template": "create",
                     *           "volatile.cloud-init.instance-id": "c397c97c-137f-4804-abce-fa7257cdee9f",
                     *           "volatile.idmap.base": "0",
                     *           "volatile.idmap.next": "[{\"Isuid\":true,\"Isgid\":false,\"Hostid\":100000,\"Nsid\":0,\"Maprange\":10000001},{\"Isuid\":false,\"Isgid\":true,\"Hostid\":100000,\"Nsid\":0,\"Maprange\":10000001}]",
                     *           "volatile.last_state.idmap": "[]",
                     *           "volatile.uuid": "46c317ae-0858-4e89-8ead-4a7cf1291da2"
                     *         },
                     *         "expanded_devices": {
                     *           "root": {
                     *             "path": "/",
                     *             "pool": "default",
                     *             "type": "disk"
                     *           }
                     *         },
                     *         "name": "c1",
                     *         "status": "Stopped",
                     *         "status_code": 102,
                     *         "last_used_at": "1970-01-01T00:00:00Z",
                     *         "location": "none",
                     *         "type": "container",
                     *         "project": "default"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["SyncEnvelope"] & {
                        /** @description An Instance (recursion 0) or an InstanceFull with state, snapshots and backups (recursion 1). */
                        metadata: components["schemas"]["Instance"] | components["schemas"]["InstanceFull"];
                    };
                };
            };
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    updateInstance: {
        parameters: {
            query?: {
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
            };
            header?: {
                /** @description ETag from an earlier GET; the daemon refuses the change with 412 when the object changed since. */
                "If-Match"?: components["parameters"]["ifMatch"];
            };
            path: {
                /**
                 * @description Instance name.
                 * @example c1
                 */
                name: components["parameters"]["instanceName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "architecture": "x86_64",
                 *       "config": {
                 *         "limits.cpu": "2"
                 *       },
                 *       "devices": {},
                 *       "ephemeral": false,
                 *       "profiles": [
                 *         "default"
                 *       ],
                 *       "stateful": false,
                 *       "description": "research box"
                 *     }
                 */
                "application/json": components["schemas"]["InstancePut"];
            };
        };
        responses: {
            /** @description The update (or snapshot restore) runs in the background. */
            202: {
                headers: {
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "async",
                     *       "status": "Operation created",
                     *       "status_code": 100,
                     *       "operation": "/1.0/operations/4f9a1c7e-2d5b-4e83-b6a0-8c1e3f5d7b29",
                     *       "error_code": 0,
                     *       "error": "",
                     *       "metadata": {
                     *         "id": "4f9a1c7e-2d5b-4e83-b6a0-8c1e3f5d7b29",
                     *         "class": "task",
                     *         "description": "Updating instance",
                     *         "created_at": "2026-11-22T14:30:00.118207645Z",
                     *         "updated_at": "2026-11-22T14:30:00.118207645Z",
                     *         "status": "Running",
                     *         "status_code": 103,
                     *         "resources": {
                     *           "instances": [
                     *             "/1.0/instances/c1"
                     *           ]
                     *         },
                     *         "metadata": null,
                     *         "may_cancel": false,
                     *         "err": "",
                     *         "location": "none"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["AsyncResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    renameInstance: {
        parameters: {
            query?: {
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
                /** @description Cluster member to act on (clustered daemons only). */
                target?: components["parameters"]["target"];
            };
            header?: never;
            path: {
                /**
                 * @description Instance name.
                 * @example c1
                 */
                name: components["parameters"]["instanceName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "migration": true
                 *     }
                 */
                "application/json": components["schemas"]["InstancePost"];
            };
        };
        responses: {
            /** @description A `task` operation for a rename or move; a `websocket` operation with the migration secrets when `migration` is true. */
            202: {
                headers: {
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "async",
                     *       "status": "Operation created",
                     *       "status_code": 100,
                     *       "operation": "/1.0/operations/dbaf2350-bc07-4ea8-b161-0c361e23aeda",
                     *       "error_code": 0,
                     *       "error": "",
                     *       "metadata": {
                     *         "id": "dbaf2350-bc07-4ea8-b161-0c361e23aeda",
                     *         "class": "websocket",
                     *         "description": "Migrating instance",
                     *         "created_at": "2026-11-22T14:09:14.589367586Z",
                     *         "updated_at": "2026-11-22T14:09:14.589367586Z",
                     *         "status": "Running",
                     *         "status_code": 103,
                     *         "resources": {
                     *           "containers": [
                     *             "/1.0/containers/research-c1"
                     *           ],
                     *           "instances": [
                     *             "/1.0/instances/research-c1"
                     *           ]
                     *         },
                     *         "metadata": {
                     *           "control": "c0c2493024e2c09efeadb5688e09bfffc0de15d6502ccfaff5b1f77ec4f9fcbf",
                     *           "fs": "88055e178d7b9867852b508994c0f9c75db40945ff7e010ae1cb9913dc484e69"
                     *         },
                     *         "may_cancel": true,
                     *         "err": "",
                     *         "location": "none"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["AsyncResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    deleteInstance: {
        parameters: {
            query?: {
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
            };
            header?: never;
            path: {
                /**
                 * @description Instance name.
                 * @example c1
                 */
                name: components["parameters"]["instanceName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The instance is being deleted. */
            202: {
                headers: {
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "async",
                     *       "status": "Operation created",
                     *       "status_code": 100,
                     *       "operation": "/1.0/operations/53125c27-9649-48aa-a5f3-fe43a479b76a",
                     *       "error_code": 0,
                     *       "error": "",
                     *       "metadata": {
                     *         "id": "53125c27-9649-48aa-a5f3-fe43a479b76a",
                     *         "class": "task",
                     *         "description": "Deleting instance",
                     *         "created_at": "2026-11-22T14:11:33.112722222Z",
                     *         "updated_at": "2026-11-22T14:11:33.112722222Z",
                     *         "status": "Running",
                     *         "status_code": 103,
                     *         "resources": {
                     *           "containers": [
                     *             "/1.0/containers/research-c1"
                     *           ],
                     *           "instances": [
                     *             "/1.0/instances/research-c1"
                     *           ]
                     *         },
                     *         "metadata": null,
                     *         "may_cancel": false,
                     *         "err": "",
                     *         "location": "none"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["AsyncResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    patchInstance: {
        parameters: {
            query?: {
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
            };
            header?: {
                /** @description ETag from an earlier GET; the daemon refuses the change with 412 when the object changed since. */
                "If-Match"?: components["parameters"]["ifMatch"];
            };
            path: {
                /**
                 * @description Instance name.
                 * @example c1
                 */
                name: components["parameters"]["instanceName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "config": {
                 *         "limits.memory": "512MiB"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["InstancePut"];
            };
        };
        responses: {
            200: components["responses"]["EmptySync"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    getInstanceState: {
        parameters: {
            query?: {
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
            };
            header?: never;
            path: {
                /**
                 * @description Instance name.
                 * @example c1
                 */
                name: components["parameters"]["instanceName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Runtime state. A stopped instance has zero counters and a null `network`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "sync",
                     *       "status": "Success",
                     *       "status_code": 200,
                     *       "operation": "",
                     *       "error_code": 0,
                     *       "error": "",
                     *       "metadata": {
                     *         "status": "Stopped",
                     *         "status_code": 102,
                     *         "disk": {},
                     *         "memory": {
                     *           "usage": 0,
                     *           "usage_peak": 0,
                     *           "swap_usage": 0,
                     *           "swap_usage_peak": 0
                     *         },
                     *         "network": null,
                     *         "pid": 0,
                     *         "processes": 0,
                     *         "cpu": {
                     *           "usage": 0
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["SyncEnvelope"] & {
                        metadata: components["schemas"]["InstanceState"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    updateInstanceState: {
        parameters: {
            query?: {
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
            };
            header?: never;
            path: {
                /**
                 * @description Instance name.
                 * @example c1
                 */
                name: components["parameters"]["instanceName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "action": "start",
                 *       "timeout": 30
                 *     }
                 */
                "application/json": components["schemas"]["InstanceStatePut"];
            };
        };
        responses: {
            /** @description The state change runs in the background; wait on the operation to learn whether it worked. */
            202: {
                headers: {
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "async",
                     *       "status": "Operation created",
                     *       "status_code": 100,
                     *       "operation": "/1.0/operations/c4560ed2-d8f0-46eb-b4ff-e0b09f22c75c",
                     *       "error_code": 0,
                     *       "error": "",
                     *       "metadata": {
                     *         "id": "c4560ed2-d8f0-46eb-b4ff-e0b09f22c75c",
                     *         "class": "task",
                     *         "description": "Starting instance",
                     *         "created_at": "2026-11-22T14:08:58.231856543Z",
                     *         "updated_at": "2026-11-22T14:08:58.231856543Z",
                     *         "status": "Running",
                     *         "status_code": 103,
                     *         "resources": {
                     *           "instances": [
                     *             "/1.0/instances/research-c1"
                     *           ]
                     *         },
                     *         "metadata": null,
                     *         "may_cancel": false,
                     *         "err": "",
                     *         "location": "none"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["AsyncResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    execInstance: {
        parameters: {
            query?: {
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
            };
            header?: never;
            path: {
                /**
                 * @description Instance name.
                 * @example c1
                 */
                name: components["parameters"]["instanceName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "command": [
                 *         "bash"
                 *       ],
                 *       "environment": {
                 *         "TERM": "xterm"
                 *       },
                 *       "interactive": true,
                 *       "wait-for-websocket": true,
                 *       "width": 80,
                 *       "height": 24
                 *     }
                 */
                "application/json": components["schemas"]["InstanceExecPost"];
            };
        };
        responses: {
            /** @description With `wait-for-websocket: true` a `websocket` operation whose `metadata.fds` holds one secret per stream (`0` alone when interactive, `0`/`1`/`2` otherwise) and `control`. Without it, a `task` operation whose final metadata holds `return` (exit code) and, with `record-output`, `output` (log URLs for stdout and stderr). */
            202: {
                headers: {
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "async",
                     *       "status": "Operation created",
                     *       "status_code": 100,
                     *       "operation": "/1.0/operations/a3c5e7f9-1b2d-4c6e-8f0a-2b4d6f8a0c13",
                     *       "error_code": 0,
                     *       "error": "",
                     *       "metadata": {
                     *         "id": "a3c5e7f9-1b2d-4c6e-8f0a-2b4d6f8a0c13",
                     *         "class": "websocket",
                     *         "description": "Executing command",
                     *         "created_at": "2026-11-22T14:30:00.118207645Z",
                     *         "updated_at": "2026-11-22T14:30:00.118207645Z",
                     *         "status": "Running",
                     *         "status_code": 103,
                     *         "resources": {
                     *           "instances": [
                     *             "/1.0/instances/c1"
                     *           ]
                     *         },
                     *         "metadata": {
                     *           "command": [
                     *             "bash"
                     *           ],
                     *           "environment": {
                     *             "HOME": "/root",
                     *             "LANG": "C.UTF-8",
                     *             "PATH": "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
                     *             "TERM": "xterm",
                     *             "USER": "root"
                     *           },
                     *           "fds": {
                     *             "0": "9b6a4c2e0f8d7b5a3c1e9f7d5b3a1c0e8f6d4b2a0c9e7f5d3b1a9c8e6f4d2b0a",
                     *             "control": "1f3e5d7c9b0a2f4e6d8c0b1a3f5e7d9c1b3a5f7e9d0c2b4a6f8e0d2c4b6a8f0e"
                     *           },
                     *           "interactive": true
                     *         },
                     *         "may_cancel": false,
                     *         "err": "",
                     *         "location": "none"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["AsyncResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    getInstanceConsoleLog: {
        parameters: {
            query?: {
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
            };
            header?: never;
            path: {
                /**
                 * @description Instance name.
                 * @example c1
                 */
                name: components["parameters"]["instanceName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What the instance wrote to its console (containers only). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /** @example OpenRC 0.48 is starting up Linux 6.1.0-27-amd64 (x86_64) [LXC] */
                    "application/octet-stream": Blob | Uint8Array | string;
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    connectInstanceConsole: {
        parameters: {
            query?: {
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
            };
            header?: never;
            path: {
                /**
                 * @description Instance name.
                 * @example c1
                 */
                name: components["parameters"]["instanceName"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "type": "console",
                 *       "width": 80,
                 *       "height": 24
                 *     }
                 */
                "application/json": components["schemas"]["InstanceConsolePost"];
            };
        };
        responses: {
            /** @description A `websocket` operation with the secrets of the data (`0`) and `control` streams. */
            202: {
                headers: {
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "async",
                     *       "status": "Operation created",
                     *       "status_code": 100,
                     *       "operation": "/1.0/operations/d7f9b1c3-5e2a-4d8f-a6b0-4c2e8a0f6d31",
                     *       "error_code": 0,
                     *       "error": "",
                     *       "metadata": {
                     *         "id": "d7f9b1c3-5e2a-4d8f-a6b0-4c2e8a0f6d31",
                     *         "class": "websocket",
                     *         "description": "Showing console",
                     *         "created_at": "2026-11-22T14:30:00.118207645Z",
                     *         "updated_at": "2026-11-22T14:30:00.118207645Z",
                     *         "status": "Running",
                     *         "status_code": 103,
                     *         "resources": {
                     *           "instances": [
                     *             "/1.0/instances/c1"
                     *           ]
                     *         },
                     *         "metadata": {
                     *           "fds": {
                     *             "0": "6e4c2a0f8d6b4a2c0e8f6d4b2a0c8e6f4d2b0a8c6e4f2d0b8a6c4e2f0d8b6a4c",
                     *             "control": "0a2c4e6f8b1d3f5a7c9e0b2d4f6a8c1e3b5d7f9a0c2e4b6d8f1a3c5e7b9d0f2a"
                     *           }
                     *         },
                     *         "may_cancel": false,
                     *         "err": "",
                     *         "location": "none"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["AsyncResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    clearInstanceConsoleLog: {
        parameters: {
            query?: {
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
            };
            header?: never;
            path: {
                /**
                 * @description Instance name.
                 * @example c1
                 */
                name: components["parameters"]["instanceName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["EmptySync"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    getInstanceFile: {
        parameters: {
            query: {
                /**
                 * @description Absolute path inside the instance.
                 * @example /etc/hosts
                 */
                path: components["parameters"]["filePath"];
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
            };
            header?: never;
            path: {
                /**
                 * @description Instance name.
                 * @example c1
                 */
                name: components["parameters"]["instanceName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description For a file, its raw content; for a symlink, the link target; for a directory, a JSON envelope listing the entry names. The `X-LXD-*` headers describe the path in every case. */
            200: {
                headers: {
                    /** @description Owner UID. */
                    "X-LXD-uid"?: number;
                    /** @description Owner GID. */
                    "X-LXD-gid"?: number;
                    /** @description Permission bits, in octal digits (e.g. `0644`). */
                    "X-LXD-mode"?: string;
                    /** @description `file`, `directory` or `symlink`. */
                    "X-LXD-type"?: "file" | "directory" | "symlink";
                    [name: string]: unknown;
                };
                content: {
                    /** @example 127.0.0.1 localhost */
                    "application/octet-stream": Blob | Uint8Array | string;
                    /**
                     * @example {
                     *       "type": "sync",
                     *       "status": "Success",
                     *       "status_code": 200,
                     *       "operation": "",
                     *       "error_code": 0,
                     *       "error": "",
                     *       "metadata": [
                     *         "hostname",
                     *         "hosts",
                     *         "os-release",
                     *         "passwd"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["SyncEnvelope"] & {
                        metadata: string[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    writeInstanceFile: {
        parameters: {
            query: {
                /**
                 * @description Absolute path inside the instance.
                 * @example /etc/hosts
                 */
                path: components["parameters"]["filePath"];
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
            };
            header?: {
                /**
                 * @description Owner UID of the new file.
                 * @example 0
                 */
                "X-LXD-uid"?: components["parameters"]["fileUidHeader"];
                /**
                 * @description Owner GID of the new file.
                 * @example 0
                 */
                "X-LXD-gid"?: components["parameters"]["fileGidHeader"];
                /**
                 * @description Permission bits in octal digits.
                 * @example 0644
                 */
                "X-LXD-mode"?: components["parameters"]["fileModeHeader"];
                /**
                 * @description What to create (default `file`).
                 * @example file
                 */
                "X-LXD-type"?: components["parameters"]["fileTypeHeader"];
                /**
                 * @description `overwrite` (default) or `append`.
                 * @example overwrite
                 */
                "X-LXD-write"?: components["parameters"]["fileWriteHeader"];
            };
            path: {
                /**
                 * @description Instance name.
                 * @example c1
                 */
                name: components["parameters"]["instanceName"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /** @example research */
                "application/octet-stream": Blob | Uint8Array | string;
            };
        };
        responses: {
            200: components["responses"]["EmptySync"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    deleteInstanceFile: {
        parameters: {
            query: {
                /**
                 * @description Absolute path inside the instance.
                 * @example /etc/hosts
                 */
                path: components["parameters"]["filePath"];
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
            };
            header?: never;
            path: {
                /**
                 * @description Instance name.
                 * @example c1
                 */
                name: components["parameters"]["instanceName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["EmptySync"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    getInstanceFileMetadata: {
        parameters: {
            query: {
                /**
                 * @description Absolute path inside the instance.
                 * @example /etc/hosts
                 */
                path: components["parameters"]["filePath"];
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
            };
            header?: never;
            path: {
                /**
                 * @description Instance name.
                 * @example c1
                 */
                name: components["parameters"]["instanceName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No body; the `X-LXD-*` headers describe the path. */
            200: {
                headers: {
                    /** @description Owner UID. */
                    "X-LXD-uid"?: number;
                    /** @description Owner GID. */
                    "X-LXD-gid"?: number;
                    /** @description Permission bits, in octal digits (e.g. `0644`). */
                    "X-LXD-mode"?: string;
                    /** @description `file`, `directory` or `symlink`. */
                    "X-LXD-type"?: "file" | "directory" | "symlink";
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    listInstanceLogs: {
        parameters: {
            query?: {
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
            };
            header?: never;
            path: {
                /**
                 * @description Instance name.
                 * @example c1
                 */
                name: components["parameters"]["instanceName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Log file URLs. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "sync",
                     *       "status": "Success",
                     *       "status_code": 200,
                     *       "operation": "",
                     *       "error_code": 0,
                     *       "error": "",
                     *       "metadata": [
                     *         "/1.0/instances/c1/logs/lxc.conf",
                     *         "/1.0/instances/c1/logs/lxc.log"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["SyncEnvelope"] & {
                        metadata: string[];
                    };
                };
            };
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    getInstanceLog: {
        parameters: {
            query?: {
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
            };
            header?: never;
            path: {
                /**
                 * @description Instance name.
                 * @example c1
                 */
                name: components["parameters"]["instanceName"];
                /**
                 * @description Log file name.
                 * @example lxc.log
                 */
                filename: components["parameters"]["logFilename"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The log file content. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /** @example lxc c1 20261122140541.210 WARN     conf - ../src/lxc/conf.c:lxc_map_ids:3621 - newuidmap binary is missing */
                    "application/octet-stream": Blob | Uint8Array | string;
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    deleteInstanceLog: {
        parameters: {
            query?: {
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
            };
            header?: never;
            path: {
                /**
                 * @description Instance name.
                 * @example c1
                 */
                name: components["parameters"]["instanceName"];
                /**
                 * @description Log file name.
                 * @example lxc.log
                 */
                filename: components["parameters"]["logFilename"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["EmptySync"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    getInstanceMetadata: {
        parameters: {
            query?: {
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
            };
            header?: never;
            path: {
                /**
                 * @description Instance name.
                 * @example c1
                 */
                name: components["parameters"]["instanceName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The `metadata.yaml` content. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "sync",
                     *       "status": "Success",
                     *       "status_code": 200,
                     *       "operation": "",
                     *       "error_code": 0,
                     *       "error": "",
                     *       "metadata": {
                     *         "architecture": "x86_64",
                     *         "creation_date": 1795356340,
                     *         "expiry_date": 0,
                     *         "properties": {
                     *           "description": "Alpine 3.18 amd64",
                     *           "os": "Alpine",
                     *           "release": "3.18"
                     *         },
                     *         "templates": {
                     *           "/etc/hostname": {
                     *             "when": [
                     *               "create",
                     *               "copy"
                     *             ],
                     *             "create_only": false,
                     *             "template": "hostname.tpl",
                     *             "properties": {}
                     *           },
                     *           "/etc/hosts": {
                     *             "when": [
                     *               "create",
                     *               "copy"
                     *             ],
                     *             "create_only": false,
                     *             "template": "hosts.tpl",
                     *             "properties": {}
                     *           }
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["SyncEnvelope"] & {
                        metadata: components["schemas"]["ImageMetadata"];
                    };
                };
            };
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    updateInstanceMetadata: {
        parameters: {
            query?: {
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
            };
            header?: {
                /** @description ETag from an earlier GET; the daemon refuses the change with 412 when the object changed since. */
                "If-Match"?: components["parameters"]["ifMatch"];
            };
            path: {
                /**
                 * @description Instance name.
                 * @example c1
                 */
                name: components["parameters"]["instanceName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "architecture": "x86_64",
                 *       "creation_date": 1795356340,
                 *       "expiry_date": 0,
                 *       "properties": {
                 *         "description": "Alpine 3.18 amd64",
                 *         "os": "Alpine",
                 *         "release": "3.18"
                 *       },
                 *       "templates": {
                 *         "/etc/hostname": {
                 *           "when": [
                 *             "create",
                 *             "copy"
                 *           ],
                 *           "create_only": false,
                 *           "template": "hostname.tpl",
                 *           "properties": {}
                 *         },
                 *         "/etc/hosts": {
                 *           "when": [
                 *             "create",
                 *             "copy"
                 *           ],
                 *           "create_only": false,
                 *           "template": "hosts.tpl",
                 *           "properties": {}
                 *         }
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ImageMetadata"];
            };
        };
        responses: {
            200: components["responses"]["EmptySync"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    patchInstanceMetadata: {
        parameters: {
            query?: {
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
            };
            header?: {
                /** @description ETag from an earlier GET; the daemon refuses the change with 412 when the object changed since. */
                "If-Match"?: components["parameters"]["ifMatch"];
            };
            path: {
                /**
                 * @description Instance name.
                 * @example c1
                 */
                name: components["parameters"]["instanceName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "properties": {
                 *         "description": "Alpine 3.18 amd64 (research)"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ImageMetadata"];
            };
        };
        responses: {
            200: components["responses"]["EmptySync"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    getInstanceTemplate: {
        parameters: {
            query?: {
                /**
                 * @description Template file name; omit to list the templates.
                 * @example hostname.tpl
                 */
                path?: components["parameters"]["templatePath"];
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
            };
            header?: never;
            path: {
                /**
                 * @description Instance name.
                 * @example c1
                 */
                name: components["parameters"]["instanceName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Without `path`, a JSON envelope listing the template file names; with `path`, the template content. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "sync",
                     *       "status": "Success",
                     *       "status_code": 200,
                     *       "operation": "",
                     *       "error_code": 0,
                     *       "error": "",
                     *       "metadata": [
                     *         "hostname.tpl",
                     *         "hosts.tpl"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["SyncEnvelope"] & {
                        metadata: string[];
                    };
                    /** @example {{ instance.name }} */
                    "application/octet-stream": Blob | Uint8Array | string;
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    writeInstanceTemplate: {
        parameters: {
            query: {
                /**
                 * @description Template file name.
                 * @example hostname.tpl
                 */
                path: components["parameters"]["templatePathRequired"];
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
            };
            header?: never;
            path: {
                /**
                 * @description Instance name.
                 * @example c1
                 */
                name: components["parameters"]["instanceName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /** @example {{ instance.name }} */
                "application/octet-stream": Blob | Uint8Array | string;
            };
        };
        responses: {
            200: components["responses"]["EmptySync"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    deleteInstanceTemplate: {
        parameters: {
            query: {
                /**
                 * @description Template file name.
                 * @example hostname.tpl
                 */
                path: components["parameters"]["templatePathRequired"];
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
            };
            header?: never;
            path: {
                /**
                 * @description Instance name.
                 * @example c1
                 */
                name: components["parameters"]["instanceName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["EmptySync"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    connectInstanceSftp: {
        parameters: {
            query?: {
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
            };
            header?: never;
            path: {
                /**
                 * @description Instance name.
                 * @example c1
                 */
                name: components["parameters"]["instanceName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Switched protocols: the connection now carries SFTP. */
            101: {
                headers: {
                    /** @description Always `sftp`. */
                    Upgrade?: "sftp";
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    listInstanceSnapshots: {
        parameters: {
            query?: {
                /** @description `0` (default) lists URLs, `1` lists full objects. */
                recursion?: components["parameters"]["recursion"];
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
            };
            header?: never;
            path: {
                /**
                 * @description Instance name.
                 * @example c1
                 */
                name: components["parameters"]["instanceName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Snapshot URLs or objects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "sync",
                     *       "status": "Success",
                     *       "status_code": 200,
                     *       "operation": "",
                     *       "error_code": 0,
                     *       "error": "",
                     *       "metadata": [
                     *         "/1.0/instances/c1/snapshots/snap0"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["SyncEnvelope"] & {
                        /** @description URLs (recursion 0) or objects (recursion 1). */
                        metadata: string[] | components["schemas"]["InstanceSnapshot"][];
                    };
                };
            };
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    createInstanceSnapshot: {
        parameters: {
            query?: {
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
            };
            header?: never;
            path: {
                /**
                 * @description Instance name.
                 * @example c1
                 */
                name: components["parameters"]["instanceName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "snap0",
                 *       "stateful": false
                 *     }
                 */
                "application/json": components["schemas"]["InstanceSnapshotsPost"];
            };
        };
        responses: {
            /** @description The snapshot is being taken. */
            202: {
                headers: {
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "async",
                     *       "status": "Operation created",
                     *       "status_code": 100,
                     *       "operation": "/1.0/operations/6b8d0f2a-4c6e-4a81-9d3f-5e7a9c1b3d46",
                     *       "error_code": 0,
                     *       "error": "",
                     *       "metadata": {
                     *         "id": "6b8d0f2a-4c6e-4a81-9d3f-5e7a9c1b3d46",
                     *         "class": "task",
                     *         "description": "Snapshotting instance",
                     *         "created_at": "2026-11-22T14:30:00.118207645Z",
                     *         "updated_at": "2026-11-22T14:30:00.118207645Z",
                     *         "status": "Running",
                     *         "status_code": 103,
                     *         "resources": {
                     *           "instances": [
                     *             "/1.0/instances/c1",
                     *             "/1.0/instances/c1/snapshots/snap0"
                     *           ]
                     *         },
                     *         "metadata": null,
                     *         "may_cancel": false,
                     *         "err": "",
                     *         "location": "none"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["AsyncResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    getInstanceSnapshot: {
        parameters: {
            query?: {
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
            };
            header?: never;
            path: {
                /**
                 * @description Instance name.
                 * @example c1
                 */
                name: components["parameters"]["instanceName"];
                /**
                 * @description Snapshot name.
                 * @example snap0
                 */
                snapshot: components["parameters"]["snapshotName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The snapshot. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "sync",
                     *       "status": "Success",
                     *       "status_code": 200,
                     *       "operation": "",
                     *       "error_code": 0,
                     *       "error": "",
                     *       "metadata": {
                     *         "architecture": "x86_64",
                     *         "config": {
                     *           "volatile.apply_template": "create",
                     *           "volatile.cloud-init.instance-id": "c397c97c-137f-4804-abce-fa7257cdee9f",
                     *           "volatile.idmap.base": "0",
                     *           "volatile.idmap.next": "[{\"Isuid\":true,\"Isgid\":false,\"Hostid\":100000,\"Nsid\":0,\"Maprange\":10000001},{\"Isuid\":false,\"Isgid\":true,\"Hostid\":100000,\"Nsid\":0,\"Maprange\":10000001}]",
                     *           "volatile.last_state.idmap": "[]",
                     *           "volatile.uuid": "46c317ae-0858-4e89-8ead-4a7cf1291da2"
                     *         },
                     *         "created_at": "2026-11-22T14:20:03.118207645Z",
                     *         "devices": {},
                     *         "ephemeral": false,
                     *         "expanded_config": {
                     *           "volatile.apply_template": "create",
                     *           "volatile.cloud-init.instance-id": "c397c97c-137f-4804-abce-fa7257cdee9f",
                     *           "volatile.idmap.base": "0",
                     *           "volatile.idmap.next": "[{\"Isuid\":true,\"Isgid\":false,\"Hostid\":100000,\"Nsid\":0,\"Maprange\":10000001},{\"Isuid\":false,\"Isgid\":true,\"Hostid\":100000,\"Nsid\":0,\"Maprange\":10000001}]",
                     *           "volatile.last_state.idmap": "[]",
                     *           "volatile.uuid": "46c317ae-0858-4e89-8ead-4a7cf1291da2"
                     *         },
                     *         "expanded_devices": {
                     *           "root": {
                     *             "path": "/",
                     *             "pool": "default",
                     *             "type": "disk"
                     *           }
                     *         },
                     *         "last_used_at": "1970-01-01T00:00:00Z",
                     *         "name": "snap0",
                     *         "profiles": [
                     *           "default"
                     *         ],
                     *         "stateful": false,
                     *         "expires_at": "0001-01-01T00:00:00Z",
                     *         "size": 0
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["SyncEnvelope"] & {
                        metadata: components["schemas"]["InstanceSnapshot"];
                    };
                };
            };
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    updateInstanceSnapshot: {
        parameters: {
            query?: {
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
            };
            header?: {
                /** @description ETag from an earlier GET; the daemon refuses the change with 412 when the object changed since. */
                "If-Match"?: components["parameters"]["ifMatch"];
            };
            path: {
                /**
                 * @description Instance name.
                 * @example c1
                 */
                name: components["parameters"]["instanceName"];
                /**
                 * @description Snapshot name.
                 * @example snap0
                 */
                snapshot: components["parameters"]["snapshotName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "expires_at": "2026-12-22T14:20:03Z"
                 *     }
                 */
                "application/json": components["schemas"]["InstanceSnapshotPut"];
            };
        };
        responses: {
            /** @description The update runs in the background. */
            202: {
                headers: {
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "async",
                     *       "status": "Operation created",
                     *       "status_code": 100,
                     *       "operation": "/1.0/operations/8e0a2c4d-6f1b-4d93-a5e7-7c9b1d3f5a68",
                     *       "error_code": 0,
                     *       "error": "",
                     *       "metadata": {
                     *         "id": "8e0a2c4d-6f1b-4d93-a5e7-7c9b1d3f5a68",
                     *         "class": "task",
                     *         "description": "Updating snapshot",
                     *         "created_at": "2026-11-22T14:30:00.118207645Z",
                     *         "updated_at": "2026-11-22T14:30:00.118207645Z",
                     *         "status": "Running",
                     *         "status_code": 103,
                     *         "resources": {
                     *           "instances": [
                     *             "/1.0/instances/c1",
                     *             "/1.0/instances/c1/snapshots/snap0"
                     *           ]
                     *         },
                     *         "metadata": null,
                     *         "may_cancel": false,
                     *         "err": "",
                     *         "location": "none"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["AsyncResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    renameInstanceSnapshot: {
        parameters: {
            query?: {
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
            };
            header?: never;
            path: {
                /**
                 * @description Instance name.
                 * @example c1
                 */
                name: components["parameters"]["instanceName"];
                /**
                 * @description Snapshot name.
                 * @example snap0
                 */
                snapshot: components["parameters"]["snapshotName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "snap-before-upgrade"
                 *     }
                 */
                "application/json": components["schemas"]["InstanceSnapshotPost"];
            };
        };
        responses: {
            /** @description A `task` operation for a rename; a `websocket` operation for a migration. */
            202: {
                headers: {
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "async",
                     *       "status": "Operation created",
                     *       "status_code": 100,
                     *       "operation": "/1.0/operations/0a2c4e6f-8b1d-4f35-b7a9-9e1d3f5b7c80",
                     *       "error_code": 0,
                     *       "error": "",
                     *       "metadata": {
                     *         "id": "0a2c4e6f-8b1d-4f35-b7a9-9e1d3f5b7c80",
                     *         "class": "task",
                     *         "description": "Renaming snapshot",
                     *         "created_at": "2026-11-22T14:30:00.118207645Z",
                     *         "updated_at": "2026-11-22T14:30:00.118207645Z",
                     *         "status": "Running",
                     *         "status_code": 103,
                     *         "resources": {
                     *           "instances": [
                     *             "/1.0/instances/c1",
                     *             "/1.0/instances/c1/snapshots/snap0"
                     *           ]
                     *         },
                     *         "metadata": null,
                     *         "may_cancel": false,
                     *         "err": "",
                     *         "location": "none"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["AsyncResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    deleteInstanceSnapshot: {
        parameters: {
            query?: {
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
            };
            header?: never;
            path: {
                /**
                 * @description Instance name.
                 * @example c1
                 */
                name: components["parameters"]["instanceName"];
                /**
                 * @description Snapshot name.
                 * @example snap0
                 */
                snapshot: components["parameters"]["snapshotName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The snapshot is being deleted. */
            202: {
                headers: {
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "async",
                     *       "status": "Operation created",
                     *       "status_code": 100,
                     *       "operation": "/1.0/operations/2c4e6a8b-0d3f-4a57-c9b1-1f3e5a7c9d02",
                     *       "error_code": 0,
                     *       "error": "",
                     *       "metadata": {
                     *         "id": "2c4e6a8b-0d3f-4a57-c9b1-1f3e5a7c9d02",
                     *         "class": "task",
                     *         "description": "Deleting snapshot",
                     *         "created_at": "2026-11-22T14:30:00.118207645Z",
                     *         "updated_at": "2026-11-22T14:30:00.118207645Z",
                     *         "status": "Running",
                     *         "status_code": 103,
                     *         "resources": {
                     *           "instances": [
                     *             "/1.0/instances/c1",
                     *             "/1.0/instances/c1/snapshots/snap0"
                     *           ]
                     *         },
                     *         "metadata": null,
                     *         "may_cancel": false,
                     *         "err": "",
                     *         "location": "none"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["AsyncResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    patchInstanceSnapshot: {
        parameters: {
            query?: {
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
            };
            header?: {
                /** @description ETag from an earlier GET; the daemon refuses the change with 412 when the object changed since. */
                "If-Match"?: components["parameters"]["ifMatch"];
            };
            path: {
                /**
                 * @description Instance name.
                 * @example c1
                 */
                name: components["parameters"]["instanceName"];
                /**
                 * @description Snapshot name.
                 * @example snap0
                 */
                snapshot: components["parameters"]["snapshotName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "expires_at": "2026-12-22T14:20:03Z"
                 *     }
                 */
                "application/json": components["schemas"]["InstanceSnapshotPut"];
            };
        };
        responses: {
            /** @description The update runs in the background. */
            202: {
                headers: {
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "async",
                     *       "status": "Operation created",
                     *       "status_code": 100,
                     *       "operation": "/1.0/operations/8e0a2c4d-6f1b-4d93-a5e7-7c9b1d3f5a68",
                     *       "error_code": 0,
                     *       "error": "",
                     *       "metadata": {
                     *         "id": "8e0a2c4d-6f1b-4d93-a5e7-7c9b1d3f5a68",
                     *         "class": "task",
                     *         "description": "Updating snapshot",
                     *         "created_at": "2026-11-22T14:30:00.118207645Z",
                     *         "updated_at": "2026-11-22T14:30:00.118207645Z",
                     *         "status": "Running",
                     *         "status_code": 103,
                     *         "resources": {
                     *           "instances": [
                     *             "/1.0/instances/c1",
                     *             "/1.0/instances/c1/snapshots/snap0"
                     *           ]
                     *         },
                     *         "metadata": null,
                     *         "may_cancel": false,
                     *         "err": "",
                     *         "location": "none"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["AsyncResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    listInstanceBackups: {
        parameters: {
            query?: {
                /** @description `0` (default) lists URLs, `1` lists full objects. */
                recursion?: components["parameters"]["recursion"];
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
            };
            header?: never;
            path: {
                /**
                 * @description Instance name.
                 * @example c1
                 */
                name: components["parameters"]["instanceName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Backup URLs or objects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "sync",
                     *       "status": "Success",
                     *       "status_code": 200,
                     *       "operation": "",
                     *       "error_code": 0,
                     *       "error": "",
                     *       "metadata": [
                     *         "/1.0/instances/c1/backups/backup0"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["SyncEnvelope"] & {
                        /** @description URLs (recursion 0) or objects (recursion 1). */
                        metadata: string[] | components["schemas"]["InstanceBackup"][];
                    };
                };
            };
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    createInstanceBackup: {
        parameters: {
            query?: {
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
            };
            header?: never;
            path: {
                /**
                 * @description Instance name.
                 * @example c1
                 */
                name: components["parameters"]["instanceName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "backup0",
                 *       "expires_at": "2026-11-23T14:25:11Z",
                 *       "instance_only": false,
                 *       "optimized_storage": false,
                 *       "compression_algorithm": "gzip"
                 *     }
                 */
                "application/json": components["schemas"]["InstanceBackupsPost"];
            };
        };
        responses: {
            /** @description The backup is being made. */
            202: {
                headers: {
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "async",
                     *       "status": "Operation created",
                     *       "status_code": 100,
                     *       "operation": "/1.0/operations/4e6a8c0d-2f5b-4c79-8d13-3b5d7f9a1e24",
                     *       "error_code": 0,
                     *       "error": "",
                     *       "metadata": {
                     *         "id": "4e6a8c0d-2f5b-4c79-8d13-3b5d7f9a1e24",
                     *         "class": "task",
                     *         "description": "Backing up instance",
                     *         "created_at": "2026-11-22T14:30:00.118207645Z",
                     *         "updated_at": "2026-11-22T14:30:00.118207645Z",
                     *         "status": "Running",
                     *         "status_code": 103,
                     *         "resources": {
                     *           "backups": [
                     *             "/1.0/instances/c1/backups/backup0"
                     *           ],
                     *           "instances": [
                     *             "/1.0/instances/c1"
                     *           ]
                     *         },
                     *         "metadata": null,
                     *         "may_cancel": false,
                     *         "err": "",
                     *         "location": "none"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["AsyncResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    getInstanceBackup: {
        parameters: {
            query?: {
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
            };
            header?: never;
            path: {
                /**
                 * @description Instance name.
                 * @example c1
                 */
                name: components["parameters"]["instanceName"];
                /**
                 * @description Backup name.
                 * @example backup0
                 */
                backup: components["parameters"]["backupName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The backup. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "sync",
                     *       "status": "Success",
                     *       "status_code": 200,
                     *       "operation": "",
                     *       "error_code": 0,
                     *       "error": "",
                     *       "metadata": {
                     *         "name": "backup0",
                     *         "created_at": "2026-11-22T14:25:11.402715538Z",
                     *         "expires_at": "2026-11-23T14:25:11.402715538Z",
                     *         "instance_only": false,
                     *         "container_only": false,
                     *         "optimized_storage": false
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["SyncEnvelope"] & {
                        metadata: components["schemas"]["InstanceBackup"];
                    };
                };
            };
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    renameInstanceBackup: {
        parameters: {
            query?: {
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
            };
            header?: never;
            path: {
                /**
                 * @description Instance name.
                 * @example c1
                 */
                name: components["parameters"]["instanceName"];
                /**
                 * @description Backup name.
                 * @example backup0
                 */
                backup: components["parameters"]["backupName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "backup-weekly"
                 *     }
                 */
                "application/json": components["schemas"]["InstanceBackupPost"];
            };
        };
        responses: {
            /** @description The rename runs in the background. */
            202: {
                headers: {
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "async",
                     *       "status": "Operation created",
                     *       "status_code": 100,
                     *       "operation": "/1.0/operations/6a8c0e2f-4b7d-4e91-9f35-5d7f9b1c3a46",
                     *       "error_code": 0,
                     *       "error": "",
                     *       "metadata": {
                     *         "id": "6a8c0e2f-4b7d-4e91-9f35-5d7f9b1c3a46",
                     *         "class": "task",
                     *         "description": "Renaming backup",
                     *         "created_at": "2026-11-22T14:30:00.118207645Z",
                     *         "updated_at": "2026-11-22T14:30:00.118207645Z",
                     *         "status": "Running",
                     *         "status_code": 103,
                     *         "resources": {
                     *           "backups": [
                     *             "/1.0/instances/c1/backups/backup0"
                     *           ],
                     *           "instances": [
                     *             "/1.0/instances/c1"
                     *           ]
                     *         },
                     *         "metadata": null,
                     *         "may_cancel": false,
                     *         "err": "",
                     *         "location": "none"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["AsyncResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    deleteInstanceBackup: {
        parameters: {
            query?: {
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
            };
            header?: never;
            path: {
                /**
                 * @description Instance name.
                 * @example c1
                 */
                name: components["parameters"]["instanceName"];
                /**
                 * @description Backup name.
                 * @example backup0
                 */
                backup: components["parameters"]["backupName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The backup is being deleted. */
            202: {
                headers: {
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "async",
                     *       "status": "Operation created",
                     *       "status_code": 100,
                     *       "operation": "/1.0/operations/8c0e2a4b-6d9f-4fb3-a157-7f9b1d3e5c68",
                     *       "error_code": 0,
                     *       "error": "",
                     *       "metadata": {
                     *         "id": "8c0e2a4b-6d9f-4fb3-a157-7f9b1d3e5c68",
                     *         "class": "task",
                     *         "description": "Deleting backup",
                     *         "created_at": "2026-11-22T14:30:00.118207645Z",
                     *         "updated_at": "2026-11-22T14:30:00.118207645Z",
                     *         "status": "Running",
                     *         "status_code": 103,
                     *         "resources": {
                     *           "backups": [
                     *             "/1.0/instances/c1/backups/backup0"
                     *           ],
                     *           "instances": [
                     *             "/1.0/instances/c1"
                     *           ]
                     *         },
                     *         "metadata": null,
                     *         "may_cancel": false,
                     *         "err": "",
                     *         "location": "none"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["AsyncResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    exportInstanceBackup: {
        parameters: {
            query?: {
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
            };
            header?: never;
            path: {
                /**
                 * @description Instance name.
                 * @example c1
                 */
                name: components["parameters"]["instanceName"];
                /**
                 * @description Backup name.
                 * @example backup0
                 */
                backup: components["parameters"]["backupName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The backup tarball; it can be posted to `POST /1.0/instances` to restore it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /** @example <binary tarball> */
                    "application/octet-stream": Blob | Uint8Array | string;
                };
            };
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    listStoragePools: {
        parameters: {
            query?: {
                /** @description `0` (default) lists URLs, `1` lists full objects. */
                recursion?: components["parameters"]["recursion"];
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The storage pools. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "sync",
                     *       "status": "Success",
                     *       "status_code": 200,
                     *       "operation": "",
                     *       "error_code": 0,
                     *       "error": "",
                     *       "metadata": [
                     *         "/1.0/storage-pools/default",
                     *         "/1.0/storage-pools/fast"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["SyncEnvelope"] & {
                        /** @description `recursion=0`: URLs of the storage pools; `recursion=1`: the storage pools themselves. */
                        metadata: string[] | components["schemas"]["StoragePool"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    createStoragePool: {
        parameters: {
            query?: {
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
                /** @description Cluster member to act on (clustered daemons only). */
                target?: components["parameters"]["target"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "fast",
                 *       "driver": "dir",
                 *       "description": "SSD-backed pool",
                 *       "config": {
                 *         "source": "/srv/lxd/fast"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["StoragePoolsPost"];
            };
        };
        responses: {
            /** @description The pool was created. The answer points at the new URL in `Location`; `metadata` is null. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "sync",
                     *       "status": "Success",
                     *       "status_code": 200,
                     *       "operation": "",
                     *       "error_code": 0,
                     *       "error": "",
                     *       "metadata": null
                     *     }
                     */
                    "application/json": components["schemas"]["EmptySyncResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            /** @description A duplicate name (LXD 5.0.2 answers 409 here; live audit 2026-11). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    getStoragePool: {
        parameters: {
            query?: {
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
                /** @description Cluster member to act on (clustered daemons only). */
                target?: components["parameters"]["target"];
            };
            header?: never;
            path: {
                /**
                 * @description Storage pool name.
                 * @example default
                 */
                pool: components["parameters"]["storagePoolName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The pool. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "sync",
                     *       "status": "Success",
                     *       "status_code": 200,
                     *       "operation": "",
                     *       "error_code": 0,
                     *       "error": "",
                     *       "metadata": {
                     *         "name": "default",
                     *         "driver": "dir",
                     *         "description": "",
                     *         "config": {
                     *           "source": "/var/lib/lxd/storage-pools/default"
                     *         },
                     *         "used_by": [
                     *           "/1.0/images/2d4b6a1f9c0e8d7b3a5f6e1c2b9a8d7e6f5c4b3a2918d7e6f5c4b3a2918d7e6f",
                     *           "/1.0/instances/c1",
                     *           "/1.0/profiles/default",
                     *           "/1.0/storage-pools/default/volumes/custom/data"
                     *         ],
                     *         "status": "Created",
                     *         "locations": [
                     *           "none"
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["SyncEnvelope"] & {
                        metadata: components["schemas"]["StoragePool"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    updateStoragePool: {
        parameters: {
            query?: {
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
                /** @description Cluster member to act on (clustered daemons only). */
                target?: components["parameters"]["target"];
            };
            header?: {
                /** @description ETag from an earlier GET; the daemon refuses the change with 412 when the object changed since. */
                "If-Match"?: components["parameters"]["ifMatch"];
            };
            path: {
                /**
                 * @description Storage pool name.
                 * @example default
                 */
                pool: components["parameters"]["storagePoolName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "description": "Local pool",
                 *       "config": {
                 *         "source": "/var/lib/lxd/storage-pools/default"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["StoragePoolPut"];
            };
        };
        responses: {
            200: components["responses"]["EmptySync"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    deleteStoragePool: {
        parameters: {
            query?: {
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
            };
            header?: never;
            path: {
                /**
                 * @description Storage pool name.
                 * @example default
                 */
                pool: components["parameters"]["storagePoolName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["EmptySync"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    patchStoragePool: {
        parameters: {
            query?: {
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
                /** @description Cluster member to act on (clustered daemons only). */
                target?: components["parameters"]["target"];
            };
            header?: {
                /** @description ETag from an earlier GET; the daemon refuses the change with 412 when the object changed since. */
                "If-Match"?: components["parameters"]["ifMatch"];
            };
            path: {
                /**
                 * @description Storage pool name.
                 * @example default
                 */
                pool: components["parameters"]["storagePoolName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "description": "Local pool"
                 *     }
                 */
                "application/json": components["schemas"]["StoragePoolPut"];
            };
        };
        responses: {
            200: components["responses"]["EmptySync"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    getStoragePoolResources: {
        parameters: {
            query?: {
                /** @description Cluster member to act on (clustered daemons only). */
                target?: components["parameters"]["target"];
            };
            header?: never;
            path: {
                /**
                 * @description Storage pool name.
                 * @example default
                 */
                pool: components["parameters"]["storagePoolName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Space and inodes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "sync",
                     *       "status": "Success",
                     *       "status_code": 200,
                     *       "operation": "",
                     *       "error_code": 0,
                     *       "error": "",
                     *       "metadata": {
                     *         "space": {
                     *           "used": 8413429760,
                     *           "total": 250790436864
                     *         },
                     *         "inodes": {
                     *           "used": 412331,
                     *           "total": 15564800
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["SyncEnvelope"] & {
                        metadata: components["schemas"]["StoragePoolResources"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    listStorageVolumes: {
        parameters: {
            query?: {
                /** @description `0` (default) lists URLs, `1` lists full objects. */
                recursion?: components["parameters"]["recursion"];
                /** @description Filter expression with `eq`, `ne`, `not`, `and`, `or` over (nested) fields, e.g. `name eq c1`. */
                filter?: components["parameters"]["filter"];
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
                /** @description Cluster member to act on (clustered daemons only). */
                target?: components["parameters"]["target"];
            };
            header?: never;
            path: {
                /**
                 * @description Storage pool name.
                 * @example default
                 */
                pool: components["parameters"]["storagePoolName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The storage volumes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "sync",
                     *       "status": "Success",
                     *       "status_code": 200,
                     *       "operation": "",
                     *       "error_code": 0,
                     *       "error": "",
                     *       "metadata": [
                     *         "/1.0/storage-pools/default/volumes/container/c1",
                     *         "/1.0/storage-pools/default/volumes/custom/data",
                     *         "/1.0/storage-pools/default/volumes/image/2d4b6a1f9c0e8d7b3a5f6e1c2b9a8d7e6f5c4b3a2918d7e6f5c4b3a2918d7e6f"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["SyncEnvelope"] & {
                        /** @description `recursion=0`: URLs of the storage volumes; `recursion=1`: the storage volumes themselves. */
                        metadata: string[] | components["schemas"]["StorageVolume"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    createStorageVolume: {
        parameters: {
            query?: {
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
                /** @description Cluster member to act on (clustered daemons only). */
                target?: components["parameters"]["target"];
            };
            header?: never;
            path: {
                /**
                 * @description Storage pool name.
                 * @example default
                 */
                pool: components["parameters"]["storagePoolName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "data",
                 *       "type": "custom",
                 *       "content_type": "filesystem",
                 *       "description": "Shared data",
                 *       "config": {
                 *         "size": "10GiB"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["StorageVolumesPost"];
            };
        };
        responses: {
            200: components["responses"]["EmptySync"];
            202: components["responses"]["Operation"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description An object of that name already exists. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "error",
                     *       "status": "",
                     *       "status_code": 0,
                     *       "operation": "",
                     *       "error_code": 409,
                     *       "error": "Volume by that name already exists",
                     *       "metadata": null
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    listStorageVolumesOfType: {
        parameters: {
            query?: {
                /** @description `0` (default) lists URLs, `1` lists full objects. */
                recursion?: components["parameters"]["recursion"];
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
                /** @description Cluster member to act on (clustered daemons only). */
                target?: components["parameters"]["target"];
            };
            header?: never;
            path: {
                /**
                 * @description Storage pool name.
                 * @example default
                 */
                pool: components["parameters"]["storagePoolName"];
                /**
                 * @description Volume type.
                 * @example custom
                 */
                type: components["parameters"]["storageVolumeType"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The storage volumes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "sync",
                     *       "status": "Success",
                     *       "status_code": 200,
                     *       "operation": "",
                     *       "error_code": 0,
                     *       "error": "",
                     *       "metadata": [
                     *         "/1.0/storage-pools/default/volumes/custom/data",
                     *         "/1.0/storage-pools/default/volumes/custom/backups"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["SyncEnvelope"] & {
                        /** @description `recursion=0`: URLs of the storage volumes; `recursion=1`: the storage volumes themselves. */
                        metadata: string[] | components["schemas"]["StorageVolume"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    createStorageVolumeOfType: {
        parameters: {
            query?: {
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
                /** @description Cluster member to act on (clustered daemons only). */
                target?: components["parameters"]["target"];
            };
            header?: never;
            path: {
                /**
                 * @description Storage pool name.
                 * @example default
                 */
                pool: components["parameters"]["storagePoolName"];
                /**
                 * @description Volume type.
                 * @example custom
                 */
                type: components["parameters"]["storageVolumeType"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "data",
                 *       "content_type": "filesystem",
                 *       "description": "Shared data",
                 *       "config": {
                 *         "size": "10GiB"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["StorageVolumesPost"];
            };
        };
        responses: {
            200: components["responses"]["EmptySync"];
            202: components["responses"]["Operation"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description An object of that name already exists. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "error",
                     *       "status": "",
                     *       "status_code": 0,
                     *       "operation": "",
                     *       "error_code": 409,
                     *       "error": "Volume by that name already exists",
                     *       "metadata": null
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    getStorageVolume: {
        parameters: {
            query?: {
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
                /** @description Cluster member to act on (clustered daemons only). */
                target?: components["parameters"]["target"];
            };
            header?: never;
            path: {
                /**
                 * @description Storage pool name.
                 * @example default
                 */
                pool: components["parameters"]["storagePoolName"];
                /**
                 * @description Volume type.
                 * @example custom
                 */
                type: components["parameters"]["storageVolumeType"];
                /**
                 * @description Volume name (for instance volumes, the instance name; for images, the fingerprint).
                 * @example data
                 */
                volume: components["parameters"]["storageVolumeName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The volume. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "sync",
                     *       "status": "Success",
                     *       "status_code": 200,
                     *       "operation": "",
                     *       "error_code": 0,
                     *       "error": "",
                     *       "metadata": {
                     *         "name": "data",
                     *         "type": "custom",
                     *         "content_type": "filesystem",
                     *         "description": "Shared data",
                     *         "config": {
                     *           "size": "10GiB"
                     *         },
                     *         "used_by": [
                     *           "/1.0/instances/c1"
                     *         ],
                     *         "location": "none",
                     *         "project": "default",
                     *         "created_at": "2024-03-01T10:05:12.482917032Z"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["SyncEnvelope"] & {
                        metadata: components["schemas"]["StorageVolume"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    updateStorageVolume: {
        parameters: {
            query?: {
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
                /** @description Cluster member to act on (clustered daemons only). */
                target?: components["parameters"]["target"];
            };
            header?: {
                /** @description ETag from an earlier GET; the daemon refuses the change with 412 when the object changed since. */
                "If-Match"?: components["parameters"]["ifMatch"];
            };
            path: {
                /**
                 * @description Storage pool name.
                 * @example default
                 */
                pool: components["parameters"]["storagePoolName"];
                /**
                 * @description Volume type.
                 * @example custom
                 */
                type: components["parameters"]["storageVolumeType"];
                /**
                 * @description Volume name (for instance volumes, the instance name; for images, the fingerprint).
                 * @example data
                 */
                volume: components["parameters"]["storageVolumeName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "description": "Shared data",
                 *       "config": {
                 *         "size": "20GiB"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["StorageVolumePut"];
            };
        };
        responses: {
            200: components["responses"]["EmptySync"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    renameStorageVolume: {
        parameters: {
            query?: {
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
                /** @description Cluster member to act on (clustered daemons only). */
                target?: components["parameters"]["target"];
            };
            header?: never;
            path: {
                /**
                 * @description Storage pool name.
                 * @example default
                 */
                pool: components["parameters"]["storagePoolName"];
                /**
                 * @description Volume type.
                 * @example custom
                 */
                type: components["parameters"]["storageVolumeType"];
                /**
                 * @description Volume name (for instance volumes, the instance name; for images, the fingerprint).
                 * @example data
                 */
                volume: components["parameters"]["storageVolumeName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "data2"
                 *     }
                 */
                "application/json": components["schemas"]["StorageVolumePost"];
            };
        };
        responses: {
            /** @description The volume was renamed inside its pool. The answer points at the new URL in `Location`; `metadata` is null. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "sync",
                     *       "status": "Success",
                     *       "status_code": 200,
                     *       "operation": "",
                     *       "error_code": 0,
                     *       "error": "",
                     *       "metadata": null
                     *     }
                     */
                    "application/json": components["schemas"]["EmptySyncResponse"];
                };
            };
            202: components["responses"]["Operation"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description An object of that name already exists. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "error",
                     *       "status": "",
                     *       "status_code": 0,
                     *       "operation": "",
                     *       "error_code": 409,
                     *       "error": "Volume by that name already exists",
                     *       "metadata": null
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    deleteStorageVolume: {
        parameters: {
            query?: {
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
                /** @description Cluster member to act on (clustered daemons only). */
                target?: components["parameters"]["target"];
            };
            header?: never;
            path: {
                /**
                 * @description Storage pool name.
                 * @example default
                 */
                pool: components["parameters"]["storagePoolName"];
                /**
                 * @description Volume type.
                 * @example custom
                 */
                type: components["parameters"]["storageVolumeType"];
                /**
                 * @description Volume name (for instance volumes, the instance name; for images, the fingerprint).
                 * @example data
                 */
                volume: components["parameters"]["storageVolumeName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["EmptySync"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    patchStorageVolume: {
        parameters: {
            query?: {
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
                /** @description Cluster member to act on (clustered daemons only). */
                target?: components["parameters"]["target"];
            };
            header?: {
                /** @description ETag from an earlier GET; the daemon refuses the change with 412 when the object changed since. */
                "If-Match"?: components["parameters"]["ifMatch"];
            };
            path: {
                /**
                 * @description Storage pool name.
                 * @example default
                 */
                pool: components["parameters"]["storagePoolName"];
                /**
                 * @description Volume type.
                 * @example custom
                 */
                type: components["parameters"]["storageVolumeType"];
                /**
                 * @description Volume name (for instance volumes, the instance name; for images, the fingerprint).
                 * @example data
                 */
                volume: components["parameters"]["storageVolumeName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "config": {
                 *         "size": "20GiB"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["StorageVolumePut"];
            };
        };
        responses: {
            200: components["responses"]["EmptySync"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    getStorageVolumeState: {
        parameters: {
            query?: {
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
                /** @description Cluster member to act on (clustered daemons only). */
                target?: components["parameters"]["target"];
            };
            header?: never;
            path: {
                /**
                 * @description Storage pool name.
                 * @example default
                 */
                pool: components["parameters"]["storagePoolName"];
                /**
                 * @description Volume type.
                 * @example custom
                 */
                type: components["parameters"]["storageVolumeType"];
                /**
                 * @description Volume name (for instance volumes, the instance name; for images, the fingerprint).
                 * @example data
                 */
                volume: components["parameters"]["storageVolumeName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Usage data. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "sync",
                     *       "status": "Success",
                     *       "status_code": 200,
                     *       "operation": "",
                     *       "error_code": 0,
                     *       "error": "",
                     *       "metadata": {
                     *         "usage": {
                     *           "used": 46858240,
                     *           "total": 10737418240
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["SyncEnvelope"] & {
                        metadata: components["schemas"]["StorageVolumeState"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    listStorageVolumeSnapshots: {
        parameters: {
            query?: {
                /** @description `0` (default) lists URLs, `1` lists full objects. */
                recursion?: components["parameters"]["recursion"];
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
                /** @description Cluster member to act on (clustered daemons only). */
                target?: components["parameters"]["target"];
            };
            header?: never;
            path: {
                /**
                 * @description Storage pool name.
                 * @example default
                 */
                pool: components["parameters"]["storagePoolName"];
                /**
                 * @description Volume type.
                 * @example custom
                 */
                type: components["parameters"]["storageVolumeType"];
                /**
                 * @description Volume name (for instance volumes, the instance name; for images, the fingerprint).
                 * @example data
                 */
                volume: components["parameters"]["storageVolumeName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The volume snapshots. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "sync",
                     *       "status": "Success",
                     *       "status_code": 200,
                     *       "operation": "",
                     *       "error_code": 0,
                     *       "error": "",
                     *       "metadata": [
                     *         "/1.0/storage-pools/default/volumes/custom/data/snapshots/snap0"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["SyncEnvelope"] & {
                        /** @description `recursion=0`: URLs of the volume snapshots; `recursion=1`: the volume snapshots themselves. */
                        metadata: string[] | components["schemas"]["StorageVolumeSnapshot"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    createStorageVolumeSnapshot: {
        parameters: {
            query?: {
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
                /** @description Cluster member to act on (clustered daemons only). */
                target?: components["parameters"]["target"];
            };
            header?: never;
            path: {
                /**
                 * @description Storage pool name.
                 * @example default
                 */
                pool: components["parameters"]["storagePoolName"];
                /**
                 * @description Volume type.
                 * @example custom
                 */
                type: components["parameters"]["storageVolumeType"];
                /**
                 * @description Volume name (for instance volumes, the instance name; for images, the fingerprint).
                 * @example data
                 */
                volume: components["parameters"]["storageVolumeName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "snap0",
                 *       "expires_at": null
                 *     }
                 */
                "application/json": components["schemas"]["StorageVolumeSnapshotsPost"];
            };
        };
        responses: {
            202: components["responses"]["Operation"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    getStorageVolumeSnapshot: {
        parameters: {
            query?: {
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
                /** @description Cluster member to act on (clustered daemons only). */
                target?: components["parameters"]["target"];
            };
            header?: never;
            path: {
                /**
                 * @description Storage pool name.
                 * @example default
                 */
                pool: components["parameters"]["storagePoolName"];
                /**
                 * @description Volume type.
                 * @example custom
                 */
                type: components["parameters"]["storageVolumeType"];
                /**
                 * @description Volume name (for instance volumes, the instance name; for images, the fingerprint).
                 * @example data
                 */
                volume: components["parameters"]["storageVolumeName"];
                /**
                 * @description Snapshot name.
                 * @example snap0
                 */
                snapshot: components["parameters"]["storageVolumeSnapshotName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The snapshot. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "sync",
                     *       "status": "Success",
                     *       "status_code": 200,
                     *       "operation": "",
                     *       "error_code": 0,
                     *       "error": "",
                     *       "metadata": {
                     *         "name": "snap0",
                     *         "description": "",
                     *         "config": {
                     *           "size": "10GiB"
                     *         },
                     *         "content_type": "filesystem",
                     *         "created_at": "2024-03-02T08:00:03.771512905Z",
                     *         "expires_at": "0001-01-01T00:00:00Z"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["SyncEnvelope"] & {
                        metadata: components["schemas"]["StorageVolumeSnapshot"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    updateStorageVolumeSnapshot: {
        parameters: {
            query?: {
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
                /** @description Cluster member to act on (clustered daemons only). */
                target?: components["parameters"]["target"];
            };
            header?: {
                /** @description ETag from an earlier GET; the daemon refuses the change with 412 when the object changed since. */
                "If-Match"?: components["parameters"]["ifMatch"];
            };
            path: {
                /**
                 * @description Storage pool name.
                 * @example default
                 */
                pool: components["parameters"]["storagePoolName"];
                /**
                 * @description Volume type.
                 * @example custom
                 */
                type: components["parameters"]["storageVolumeType"];
                /**
                 * @description Volume name (for instance volumes, the instance name; for images, the fingerprint).
                 * @example data
                 */
                volume: components["parameters"]["storageVolumeName"];
                /**
                 * @description Snapshot name.
                 * @example snap0
                 */
                snapshot: components["parameters"]["storageVolumeSnapshotName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "description": "Before upgrade",
                 *       "expires_at": "2024-04-01T00:00:00Z"
                 *     }
                 */
                "application/json": components["schemas"]["StorageVolumeSnapshotPut"];
            };
        };
        responses: {
            200: components["responses"]["EmptySync"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    renameStorageVolumeSnapshot: {
        parameters: {
            query?: {
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
                /** @description Cluster member to act on (clustered daemons only). */
                target?: components["parameters"]["target"];
            };
            header?: never;
            path: {
                /**
                 * @description Storage pool name.
                 * @example default
                 */
                pool: components["parameters"]["storagePoolName"];
                /**
                 * @description Volume type.
                 * @example custom
                 */
                type: components["parameters"]["storageVolumeType"];
                /**
                 * @description Volume name (for instance volumes, the instance name; for images, the fingerprint).
                 * @example data
                 */
                volume: components["parameters"]["storageVolumeName"];
                /**
                 * @description Snapshot name.
                 * @example snap0
                 */
                snapshot: components["parameters"]["storageVolumeSnapshotName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "before-upgrade"
                 *     }
                 */
                "application/json": components["schemas"]["StorageVolumeSnapshotPost"];
            };
        };
        responses: {
            202: components["responses"]["Operation"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    deleteStorageVolumeSnapshot: {
        parameters: {
            query?: {
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
                /** @description Cluster member to act on (clustered daemons only). */
                target?: components["parameters"]["target"];
            };
            header?: never;
            path: {
                /**
                 * @description Storage pool name.
                 * @example default
                 */
                pool: components["parameters"]["storagePoolName"];
                /**
                 * @description Volume type.
                 * @example custom
                 */
                type: components["parameters"]["storageVolumeType"];
                /**
                 * @description Volume name (for instance volumes, the instance name; for images, the fingerprint).
                 * @example data
                 */
                volume: components["parameters"]["storageVolumeName"];
                /**
                 * @description Snapshot name.
                 * @example snap0
                 */
                snapshot: components["parameters"]["storageVolumeSnapshotName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: components["responses"]["Operation"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    patchStorageVolumeSnapshot: {
        parameters: {
            query?: {
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
                /** @description Cluster member to act on (clustered daemons only). */
                target?: components["parameters"]["target"];
            };
            header?: {
                /** @description ETag from an earlier GET; the daemon refuses the change with 412 when the object changed since. */
                "If-Match"?: components["parameters"]["ifMatch"];
            };
            path: {
                /**
                 * @description Storage pool name.
                 * @example default
                 */
                pool: components["parameters"]["storagePoolName"];
                /**
                 * @description Volume type.
                 * @example custom
                 */
                type: components["parameters"]["storageVolumeType"];
                /**
                 * @description Volume name (for instance volumes, the instance name; for images, the fingerprint).
                 * @example data
                 */
                volume: components["parameters"]["storageVolumeName"];
                /**
                 * @description Snapshot name.
                 * @example snap0
                 */
                snapshot: components["parameters"]["storageVolumeSnapshotName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "description": "Before upgrade"
                 *     }
                 */
                "application/json": components["schemas"]["StorageVolumeSnapshotPut"];
            };
        };
        responses: {
            200: components["responses"]["EmptySync"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    listStorageVolumeBackups: {
        parameters: {
            query?: {
                /** @description `0` (default) lists URLs, `1` lists full objects. */
                recursion?: components["parameters"]["recursion"];
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
                /** @description Cluster member to act on (clustered daemons only). */
                target?: components["parameters"]["target"];
            };
            header?: never;
            path: {
                /**
                 * @description Storage pool name.
                 * @example default
                 */
                pool: components["parameters"]["storagePoolName"];
                /**
                 * @description Volume type.
                 * @example custom
                 */
                type: components["parameters"]["storageVolumeType"];
                /**
                 * @description Volume name (for instance volumes, the instance name; for images, the fingerprint).
                 * @example data
                 */
                volume: components["parameters"]["storageVolumeName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The volume backups. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "sync",
                     *       "status": "Success",
                     *       "status_code": 200,
                     *       "operation": "",
                     *       "error_code": 0,
                     *       "error": "",
                     *       "metadata": [
                     *         "/1.0/storage-pools/default/volumes/custom/data/backups/backup0"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["SyncEnvelope"] & {
                        /** @description `recursion=0`: URLs of the volume backups; `recursion=1`: the volume backups themselves. */
                        metadata: string[] | components["schemas"]["StorageVolumeBackup"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    createStorageVolumeBackup: {
        parameters: {
            query?: {
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
                /** @description Cluster member to act on (clustered daemons only). */
                target?: components["parameters"]["target"];
            };
            header?: never;
            path: {
                /**
                 * @description Storage pool name.
                 * @example default
                 */
                pool: components["parameters"]["storagePoolName"];
                /**
                 * @description Volume type.
                 * @example custom
                 */
                type: components["parameters"]["storageVolumeType"];
                /**
                 * @description Volume name (for instance volumes, the instance name; for images, the fingerprint).
                 * @example data
                 */
                volume: components["parameters"]["storageVolumeName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "backup0",
                 *       "expires_at": "2024-03-03T09:00:00Z",
                 *       "volume_only": false,
                 *       "optimized_storage": false,
                 *       "compression_algorithm": "gzip"
                 *     }
                 */
                "application/json": components["schemas"]["StorageVolumeBackupsPost"];
            };
        };
        responses: {
            202: components["responses"]["Operation"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    getStorageVolumeBackup: {
        parameters: {
            query?: {
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
                /** @description Cluster member to act on (clustered daemons only). */
                target?: components["parameters"]["target"];
            };
            header?: never;
            path: {
                /**
                 * @description Storage pool name.
                 * @example default
                 */
                pool: components["parameters"]["storagePoolName"];
                /**
                 * @description Volume type.
                 * @example custom
                 */
                type: components["parameters"]["storageVolumeType"];
                /**
                 * @description Volume name (for instance volumes, the instance name; for images, the fingerprint).
                 * @example data
                 */
                volume: components["parameters"]["storageVolumeName"];
                /**
                 * @description Backup name.
                 * @example backup0
                 */
                backup: components["parameters"]["storageVolumeBackupName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The backup. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "sync",
                     *       "status": "Success",
                     *       "status_code": 200,
                     *       "operation": "",
                     *       "error_code": 0,
                     *       "error": "",
                     *       "metadata": {
                     *         "name": "backup0",
                     *         "created_at": "2024-03-02T09:00:00.512088311Z",
                     *         "expires_at": "2024-03-03T09:00:00.512088311Z",
                     *         "volume_only": false,
                     *         "optimized_storage": false
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["SyncEnvelope"] & {
                        metadata: components["schemas"]["StorageVolumeBackup"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    renameStorageVolumeBackup: {
        parameters: {
            query?: {
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
                /** @description Cluster member to act on (clustered daemons only). */
                target?: components["parameters"]["target"];
            };
            header?: never;
            path: {
                /**
                 * @description Storage pool name.
                 * @example default
                 */
                pool: components["parameters"]["storagePoolName"];
                /**
                 * @description Volume type.
                 * @example custom
                 */
                type: components["parameters"]["storageVolumeType"];
                /**
                 * @description Volume name (for instance volumes, the instance name; for images, the fingerprint).
                 * @example data
                 */
                volume: components["parameters"]["storageVolumeName"];
                /**
                 * @description Backup name.
                 * @example backup0
                 */
                backup: components["parameters"]["storageVolumeBackupName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "weekly"
                 *     }
                 */
                "application/json": components["schemas"]["StorageVolumeBackupPost"];
            };
        };
        responses: {
            202: components["responses"]["Operation"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    deleteStorageVolumeBackup: {
        parameters: {
            query?: {
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
                /** @description Cluster member to act on (clustered daemons only). */
                target?: components["parameters"]["target"];
            };
            header?: never;
            path: {
                /**
                 * @description Storage pool name.
                 * @example default
                 */
                pool: components["parameters"]["storagePoolName"];
                /**
                 * @description Volume type.
                 * @example custom
                 */
                type: components["parameters"]["storageVolumeType"];
                /**
                 * @description Volume name (for instance volumes, the instance name; for images, the fingerprint).
                 * @example data
                 */
                volume: components["parameters"]["storageVolumeName"];
                /**
                 * @description Backup name.
                 * @example backup0
                 */
                backup: components["parameters"]["storageVolumeBackupName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: components["responses"]["Operation"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    exportStorageVolumeBackup: {
        parameters: {
            query?: {
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
                /** @description Cluster member to act on (clustered daemons only). */
                target?: components["parameters"]["target"];
            };
            header?: never;
            path: {
                /**
                 * @description Storage pool name.
                 * @example default
                 */
                pool: components["parameters"]["storagePoolName"];
                /**
                 * @description Volume type.
                 * @example custom
                 */
                type: components["parameters"]["storageVolumeType"];
                /**
                 * @description Volume name (for instance volumes, the instance name; for images, the fingerprint).
                 * @example data
                 */
                volume: components["parameters"]["storageVolumeName"];
                /**
                 * @description Backup name.
                 * @example backup0
                 */
                backup: components["parameters"]["storageVolumeBackupName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The backup file (a tarball, compressed as requested at creation). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /** @example <backup.tar.gz bytes> */
                    "application/octet-stream": Blob | Uint8Array | string;
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    listNetworks: {
        parameters: {
            query?: {
                /** @description `0` (default) lists URLs, `1` lists full objects. */
                recursion?: components["parameters"]["recursion"];
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The networks. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "sync",
                     *       "status": "Success",
                     *       "status_code": 200,
                     *       "operation": "",
                     *       "error_code": 0,
                     *       "error": "",
                     *       "metadata": [
                     *         "/1.0/networks/eth0",
                     *         "/1.0/networks/lxdbr0"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["SyncEnvelope"] & {
                        /** @description `recursion=0`: URLs of the networks; `recursion=1`: the networks themselves. */
                        metadata: string[] | components["schemas"]["Network"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    createNetwork: {
        parameters: {
            query?: {
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
                /** @description Cluster member to act on (clustered daemons only). */
                target?: components["parameters"]["target"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "lxdbr1",
                 *       "type": "bridge",
                 *       "description": "Second bridge",
                 *       "config": {
                 *         "ipv4.address": "10.27.91.1/24",
                 *         "ipv4.nat": "true",
                 *         "ipv6.address": "none"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["NetworksPost"];
            };
        };
        responses: {
            /** @description The network was created. The answer points at the new URL in `Location`; `metadata` is null. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "sync",
                     *       "status": "Success",
                     *       "status_code": 200,
                     *       "operation": "",
                     *       "error_code": 0,
                     *       "error": "",
                     *       "metadata": null
                     *     }
                     */
                    "application/json": components["schemas"]["EmptySyncResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    getNetwork: {
        parameters: {
            query?: {
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
                /** @description Cluster member to act on (clustered daemons only). */
                target?: components["parameters"]["target"];
            };
            header?: never;
            path: {
                /**
                 * @description Network name.
                 * @example lxdbr0
                 */
                network: components["parameters"]["networkName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The network. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "sync",
                     *       "status": "Success",
                     *       "status_code": 200,
                     *       "operation": "",
                     *       "error_code": 0,
                     *       "error": "",
                     *       "metadata": {
                     *         "name": "lxdbr0",
                     *         "type": "bridge",
                     *         "managed": true,
                     *         "description": "",
                     *         "config": {
                     *           "ipv4.address": "10.158.42.1/24",
                     *           "ipv4.nat": "true",
                     *           "ipv6.address": "fd42:8d4c:9b1e:3a7f::1/64",
                     *           "ipv6.nat": "true"
                     *         },
                     *         "used_by": [
                     *           "/1.0/instances/c1",
                     *           "/1.0/profiles/default"
                     *         ],
                     *         "status": "Created",
                     *         "locations": [
                     *           "none"
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["SyncEnvelope"] & {
                        metadata: components["schemas"]["Network"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    updateNetwork: {
        parameters: {
            query?: {
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
                /** @description Cluster member to act on (clustered daemons only). */
                target?: components["parameters"]["target"];
            };
            header?: {
                /** @description ETag from an earlier GET; the daemon refuses the change with 412 when the object changed since. */
                "If-Match"?: components["parameters"]["ifMatch"];
            };
            path: {
                /**
                 * @description Network name.
                 * @example lxdbr0
                 */
                network: components["parameters"]["networkName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "description": "Default bridge",
                 *       "config": {
                 *         "ipv4.address": "10.158.42.1/24",
                 *         "ipv4.nat": "true",
                 *         "ipv6.address": "none"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["NetworkPut"];
            };
        };
        responses: {
            200: components["responses"]["EmptySync"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    renameNetwork: {
        parameters: {
            query?: {
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
            };
            header?: never;
            path: {
                /**
                 * @description Network name.
                 * @example lxdbr0
                 */
                network: components["parameters"]["networkName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "lxdbr1"
                 *     }
                 */
                "application/json": components["schemas"]["NetworkPost"];
            };
        };
        responses: {
            /** @description The network was renamed. The answer points at the new URL in `Location`; `metadata` is null. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "sync",
                     *       "status": "Success",
                     *       "status_code": 200,
                     *       "operation": "",
                     *       "error_code": 0,
                     *       "error": "",
                     *       "metadata": null
                     *     }
                     */
                    "application/json": components["schemas"]["EmptySyncResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description An object of that name already exists. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "error",
                     *       "status": "",
                     *       "status_code": 0,
                     *       "operation": "",
                     *       "error_code": 409,
                     *       "error": "Network \"lxdbr1\" already exists",
                     *       "metadata": null
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    deleteNetwork: {
        parameters: {
            query?: {
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
            };
            header?: never;
            path: {
                /**
                 * @description Network name.
                 * @example lxdbr0
                 */
                network: components["parameters"]["networkName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["EmptySync"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    patchNetwork: {
        parameters: {
            query?: {
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
                /** @description Cluster member to act on (clustered daemons only). */
                target?: components["parameters"]["target"];
            };
            header?: {
                /** @description ETag from an earlier GET; the daemon refuses the change with 412 when the object changed since. */
                "If-Match"?: components["parameters"]["ifMatch"];
            };
            path: {
                /**
                 * @description Network name.
                 * @example lxdbr0
                 */
                network: components["parameters"]["networkName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "config": {
                 *         "dns.domain": "lxd.example.net"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["NetworkPut"];
            };
        };
        responses: {
            200: components["responses"]["EmptySync"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    listNetworkLeases: {
        parameters: {
            query?: {
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
                /** @description Cluster member to act on (clustered daemons only). */
                target?: components["parameters"]["target"];
            };
            header?: never;
            path: {
                /**
                 * @description Network name.
                 * @example lxdbr0
                 */
                network: components["parameters"]["networkName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The leases. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "sync",
                     *       "status": "Success",
                     *       "status_code": 200,
                     *       "operation": "",
                     *       "error_code": 0,
                     *       "error": "",
                     *       "metadata": [
                     *         {
                     *           "hostname": "c1",
                     *           "hwaddr": "00:16:3e:71:2a:9e",
                     *           "address": "10.158.42.37",
                     *           "type": "dynamic",
                     *           "location": "none"
                     *         },
                     *         {
                     *           "hostname": "c1",
                     *           "hwaddr": "00:16:3e:71:2a:9e",
                     *           "address": "fd42:8d4c:9b1e:3a7f:216:3eff:fe71:2a9e",
                     *           "type": "dynamic",
                     *           "location": "none"
                     *         },
                     *         {
                     *           "hostname": "lxdbr0.gw",
                     *           "hwaddr": "00:16:3e:4a:1c:2d",
                     *           "address": "10.158.42.1",
                     *           "type": "gateway",
                     *           "location": "none"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["SyncEnvelope"] & {
                        metadata: components["schemas"]["NetworkLease"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    getNetworkState: {
        parameters: {
            query?: {
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
                /** @description Cluster member to act on (clustered daemons only). */
                target?: components["parameters"]["target"];
            };
            header?: never;
            path: {
                /**
                 * @description Network name.
                 * @example lxdbr0
                 */
                network: components["parameters"]["networkName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The interface state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "sync",
                     *       "status": "Success",
                     *       "status_code": 200,
                     *       "operation": "",
                     *       "error_code": 0,
                     *       "error": "",
                     *       "metadata": {
                     *         "addresses": [
                     *           {
                     *             "family": "inet",
                     *             "address": "10.158.42.1",
                     *             "netmask": "24",
                     *             "scope": "global"
                     *           },
                     *           {
                     *             "family": "inet6",
                     *             "address": "fd42:8d4c:9b1e:3a7f::1",
                     *             "netmask": "64",
                     *             "scope": "global"
                     *           },
                     *           {
                     *             "family": "inet6",
                     *             "address": "fe80::216:3eff:fe4a:1c2d",
                     *             "netmask": "64",
                     *             "scope": "link"
                     *           }
                     *         ],
                     *         "counters": {
                     *           "bytes_received": 2548013,
                     *           "bytes_sent": 41773562,
                     *           "packets_received": 30712,
                     *           "packets_sent": 34455
                     *         },
                     *         "hwaddr": "00:16:3e:4a:1c:2d",
                     *         "mtu": 1500,
                     *         "state": "up",
                     *         "type": "broadcast",
                     *         "bond": null,
                     *         "bridge": {
                     *           "id": "8000.00163e4a1c2d",
                     *           "stp": false,
                     *           "forward_delay": 1500,
                     *           "vlan_default": 1,
                     *           "vlan_filtering": true,
                     *           "upper_devices": [
                     *             "veth5a3f1c27"
                     *           ]
                     *         },
                     *         "vlan": null,
                     *         "ovn": null
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["SyncEnvelope"] & {
                        metadata: components["schemas"]["NetworkState"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    listNetworkForwards: {
        parameters: {
            query?: {
                /** @description `0` (default) lists URLs, `1` lists full objects. */
                recursion?: components["parameters"]["recursion"];
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
            };
            header?: never;
            path: {
                /**
                 * @description Network name.
                 * @example lxdbr0
                 */
                network: components["parameters"]["networkName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The address forwards. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "sync",
                     *       "status": "Success",
                     *       "status_code": 200,
                     *       "operation": "",
                     *       "error_code": 0,
                     *       "error": "",
                     *       "metadata": [
                     *         "/1.0/networks/lxdbr0/forwards/192.0.2.10"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["SyncEnvelope"] & {
                        /** @description `recursion=0`: URLs of the address forwards; `recursion=1`: the address forwards themselves. */
                        metadata: string[] | components["schemas"]["NetworkForward"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    createNetworkForward: {
        parameters: {
            query?: {
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
            };
            header?: never;
            path: {
                /**
                 * @description Network name.
                 * @example lxdbr0
                 */
                network: components["parameters"]["networkName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "listen_address": "192.0.2.10",
                 *       "description": "Public web address",
                 *       "config": {},
                 *       "ports": [
                 *         {
                 *           "description": "Web server",
                 *           "protocol": "tcp",
                 *           "listen_port": "80,443",
                 *           "target_address": "10.158.42.37",
                 *           "target_port": "8080,8443"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["NetworkForwardsPost"];
            };
        };
        responses: {
            /** @description The forward was created. The answer points at the new URL in `Location`; `metadata` is null. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "sync",
                     *       "status": "Success",
                     *       "status_code": 200,
                     *       "operation": "",
                     *       "error_code": 0,
                     *       "error": "",
                     *       "metadata": null
                     *     }
                     */
                    "application/json": components["schemas"]["EmptySyncResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    getNetworkForward: {
        parameters: {
            query?: {
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
            };
            header?: never;
            path: {
                /**
                 * @description Network name.
                 * @example lxdbr0
                 */
                network: components["parameters"]["networkName"];
                /**
                 * @description Listen address of the forward.
                 * @example 192.0.2.10
                 */
                listenAddress: components["parameters"]["networkForwardListenAddress"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The forward. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "sync",
                     *       "status": "Success",
                     *       "status_code": 200,
                     *       "operation": "",
                     *       "error_code": 0,
                     *       "error": "",
                     *       "metadata": {
                     *         "listen_address": "192.0.2.10",
                     *         "description": "Public web address",
                     *         "config": {},
                     *         "ports": [
                     *           {
                     *             "description": "Web server",
                     *             "protocol": "tcp",
                     *             "listen_port": "80,443",
                     *             "target_address": "10.158.42.37",
                     *             "target_port": "8080,8443"
                     *           }
                     *         ],
                     *         "location": ""
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["SyncEnvelope"] & {
                        metadata: components["schemas"]["NetworkForward"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    updateNetworkForward: {
        parameters: {
            query?: {
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
            };
            header?: {
                /** @description ETag from an earlier GET; the daemon refuses the change with 412 when the object changed since. */
                "If-Match"?: components["parameters"]["ifMatch"];
            };
            path: {
                /**
                 * @description Network name.
                 * @example lxdbr0
                 */
                network: components["parameters"]["networkName"];
                /**
                 * @description Listen address of the forward.
                 * @example 192.0.2.10
                 */
                listenAddress: components["parameters"]["networkForwardListenAddress"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "description": "Public web address",
                 *       "config": {},
                 *       "ports": [
                 *         {
                 *           "description": "Web server",
                 *           "protocol": "tcp",
                 *           "listen_port": "80,443",
                 *           "target_address": "10.158.42.38",
                 *           "target_port": "8080,8443"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["NetworkForwardPut"];
            };
        };
        responses: {
            200: components["responses"]["EmptySync"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    deleteNetworkForward: {
        parameters: {
            query?: {
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
            };
            header?: never;
            path: {
                /**
                 * @description Network name.
                 * @example lxdbr0
                 */
                network: components["parameters"]["networkName"];
                /**
                 * @description Listen address of the forward.
                 * @example 192.0.2.10
                 */
                listenAddress: components["parameters"]["networkForwardListenAddress"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["EmptySync"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    patchNetworkForward: {
        parameters: {
            query?: {
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
            };
            header?: {
                /** @description ETag from an earlier GET; the daemon refuses the change with 412 when the object changed since. */
                "If-Match"?: components["parameters"]["ifMatch"];
            };
            path: {
                /**
                 * @description Network name.
                 * @example lxdbr0
                 */
                network: components["parameters"]["networkName"];
                /**
                 * @description Listen address of the forward.
                 * @example 192.0.2.10
                 */
                listenAddress: components["parameters"]["networkForwardListenAddress"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "description": "Public web address"
                 *     }
                 */
                "application/json": components["schemas"]["NetworkForwardPut"];
            };
        };
        responses: {
            200: components["responses"]["EmptySync"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    listNetworkPeers: {
        parameters: {
            query?: {
                /** @description `0` (default) lists URLs, `1` lists full objects. */
                recursion?: components["parameters"]["recursion"];
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
            };
            header?: never;
            path: {
                /**
                 * @description Network name.
                 * @example lxdbr0
                 */
                network: components["parameters"]["networkName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The network peerings. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "sync",
                     *       "status": "Success",
                     *       "status_code": 200,
                     *       "operation": "",
                     *       "error_code": 0,
                     *       "error": "",
                     *       "metadata": [
                     *         "/1.0/networks/ovn1/peers/to-web"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["SyncEnvelope"] & {
                        /** @description `recursion=0`: URLs of the network peerings; `recursion=1`: the network peerings themselves. */
                        metadata: string[] | components["schemas"]["NetworkPeer"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    createNetworkPeer: {
        parameters: {
            query?: {
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
            };
            header?: never;
            path: {
                /**
                 * @description Network name.
                 * @example lxdbr0
                 */
                network: components["parameters"]["networkName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "to-web",
                 *       "description": "Peering with the web project",
                 *       "config": {},
                 *       "target_project": "web",
                 *       "target_network": "ovn-web"
                 *     }
                 */
                "application/json": components["schemas"]["NetworkPeersPost"];
            };
        };
        responses: {
            /** @description The peering was created. The answer points at the new URL in `Location`; `metadata` is null. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "sync",
                     *       "status": "Success",
                     *       "status_code": 200,
                     *       "operation": "",
                     *       "error_code": 0,
                     *       "error": "",
                     *       "metadata": null
                     *     }
                     */
                    "application/json": components["schemas"]["EmptySyncResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    getNetworkPeer: {
        parameters: {
            query?: {
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
            };
            header?: never;
            path: {
                /**
                 * @description Network name.
                 * @example lxdbr0
                 */
                network: components["parameters"]["networkName"];
                /**
                 * @description Peering name.
                 * @example to-web
                 */
                peer: components["parameters"]["networkPeerName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The peering. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "sync",
                     *       "status": "Success",
                     *       "status_code": 200,
                     *       "operation": "",
                     *       "error_code": 0,
                     *       "error": "",
                     *       "metadata": {
                     *         "name": "to-web",
                     *         "description": "Peering with the web project",
                     *         "config": {},
                     *         "target_project": "web",
                     *         "target_network": "ovn-web",
                     *         "status": "Created",
                     *         "used_by": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["SyncEnvelope"] & {
                        metadata: components["schemas"]["NetworkPeer"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    updateNetworkPeer: {
        parameters: {
            query?: {
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
            };
            header?: {
                /** @description ETag from an earlier GET; the daemon refuses the change with 412 when the object changed since. */
                "If-Match"?: components["parameters"]["ifMatch"];
            };
            path: {
                /**
                 * @description Network name.
                 * @example lxdbr0
                 */
                network: components["parameters"]["networkName"];
                /**
                 * @description Peering name.
                 * @example to-web
                 */
                peer: components["parameters"]["networkPeerName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "description": "Peering with the web project",
                 *       "config": {}
                 *     }
                 */
                "application/json": components["schemas"]["NetworkPeerPut"];
            };
        };
        responses: {
            200: components["responses"]["EmptySync"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    deleteNetworkPeer: {
        parameters: {
            query?: {
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
            };
            header?: never;
            path: {
                /**
                 * @description Network name.
                 * @example lxdbr0
                 */
                network: components["parameters"]["networkName"];
                /**
                 * @description Peering name.
                 * @example to-web
                 */
                peer: components["parameters"]["networkPeerName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["EmptySync"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    patchNetworkPeer: {
        parameters: {
            query?: {
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
            };
            header?: {
                /** @description ETag from an earlier GET; the daemon refuses the change with 412 when the object changed since. */
                "If-Match"?: components["parameters"]["ifMatch"];
            };
            path: {
                /**
                 * @description Network name.
                 * @example lxdbr0
                 */
                network: components["parameters"]["networkName"];
                /**
                 * @description Peering name.
                 * @example to-web
                 */
                peer: components["parameters"]["networkPeerName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "description": "Peering with web"
                 *     }
                 */
                "application/json": components["schemas"]["NetworkPeerPut"];
            };
        };
        responses: {
            200: components["responses"]["EmptySync"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    listNetworkACLs: {
        parameters: {
            query?: {
                /** @description `0` (default) lists URLs, `1` lists full objects. */
                recursion?: components["parameters"]["recursion"];
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The network ACLs. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "sync",
                     *       "status": "Success",
                     *       "status_code": 200,
                     *       "operation": "",
                     *       "error_code": 0,
                     *       "error": "",
                     *       "metadata": [
                     *         "/1.0/network-acls/web"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["SyncEnvelope"] & {
                        /** @description `recursion=0`: URLs of the network ACLs; `recursion=1`: the network ACLs themselves. */
                        metadata: string[] | components["schemas"]["NetworkACL"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    createNetworkACL: {
        parameters: {
            query?: {
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "web",
                 *       "description": "Web servers",
                 *       "config": {
                 *         "user.owner": "web-team"
                 *       },
                 *       "egress": [],
                 *       "ingress": [
                 *         {
                 *           "action": "allow",
                 *           "state": "enabled",
                 *           "description": "Allow HTTP and HTTPS",
                 *           "source": "@external",
                 *           "protocol": "tcp",
                 *           "destination_port": "80,443"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["NetworkACLsPost"];
            };
        };
        responses: {
            /** @description The ACL was created. The answer points at the new URL in `Location`; `metadata` is null. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "sync",
                     *       "status": "Success",
                     *       "status_code": 200,
                     *       "operation": "",
                     *       "error_code": 0,
                     *       "error": "",
                     *       "metadata": null
                     *     }
                     */
                    "application/json": components["schemas"]["EmptySyncResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    getNetworkACL: {
        parameters: {
            query?: {
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
            };
            header?: never;
            path: {
                /**
                 * @description ACL name.
                 * @example web
                 */
                acl: components["parameters"]["networkACLName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The ACL. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "sync",
                     *       "status": "Success",
                     *       "status_code": 200,
                     *       "operation": "",
                     *       "error_code": 0,
                     *       "error": "",
                     *       "metadata": {
                     *         "name": "web",
                     *         "description": "Web servers",
                     *         "ingress": [
                     *           {
                     *             "action": "allow",
                     *             "state": "enabled",
                     *             "description": "Allow HTTP and HTTPS",
                     *             "source": "@external",
                     *             "destination": "",
                     *             "protocol": "tcp",
                     *             "source_port": "",
                     *             "destination_port": "80,443",
                     *             "icmp_type": "",
                     *             "icmp_code": ""
                     *           }
                     *         ],
                     *         "egress": [],
                     *         "config": {
                     *           "user.owner": "web-team"
                     *         },
                     *         "used_by": [
                     *           "/1.0/instances/c1"
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["SyncEnvelope"] & {
                        metadata: components["schemas"]["NetworkACL"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    updateNetworkACL: {
        parameters: {
            query?: {
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
            };
            header?: {
                /** @description ETag from an earlier GET; the daemon refuses the change with 412 when the object changed since. */
                "If-Match"?: components["parameters"]["ifMatch"];
            };
            path: {
                /**
                 * @description ACL name.
                 * @example web
                 */
                acl: components["parameters"]["networkACLName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "description": "Web servers",
                 *       "config": {},
                 *       "egress": [],
                 *       "ingress": [
                 *         {
                 *           "action": "allow",
                 *           "state": "logged",
                 *           "protocol": "tcp",
                 *           "destination_port": "443"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["NetworkACLPut"];
            };
        };
        responses: {
            200: components["responses"]["EmptySync"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    renameNetworkACL: {
        parameters: {
            query?: {
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
            };
            header?: never;
            path: {
                /**
                 * @description ACL name.
                 * @example web
                 */
                acl: components["parameters"]["networkACLName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "web-public"
                 *     }
                 */
                "application/json": components["schemas"]["NetworkACLPost"];
            };
        };
        responses: {
            /** @description The ACL was renamed. The answer points at the new URL in `Location`; `metadata` is null. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "sync",
                     *       "status": "Success",
                     *       "status_code": 200,
                     *       "operation": "",
                     *       "error_code": 0,
                     *       "error": "",
                     *       "metadata": null
                     *     }
                     */
                    "application/json": components["schemas"]["EmptySyncResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    deleteNetworkACL: {
        parameters: {
            query?: {
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
            };
            header?: never;
            path: {
                /**
                 * @description ACL name.
                 * @example web
                 */
                acl: components["parameters"]["networkACLName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["EmptySync"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    patchNetworkACL: {
        parameters: {
            query?: {
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
            };
            header?: {
                /** @description ETag from an earlier GET; the daemon refuses the change with 412 when the object changed since. */
                "If-Match"?: components["parameters"]["ifMatch"];
            };
            path: {
                /**
                 * @description ACL name.
                 * @example web
                 */
                acl: components["parameters"]["networkACLName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "description": "Public web servers"
                 *     }
                 */
                "application/json": components["schemas"]["NetworkACLPut"];
            };
        };
        responses: {
            200: components["responses"]["EmptySync"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    getNetworkACLLog: {
        parameters: {
            query?: {
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
            };
            header?: never;
            path: {
                /**
                 * @description ACL name.
                 * @example web
                 */
                acl: components["parameters"]["networkACLName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Log lines of rules in state `logged` (OVN networks only), as a file download. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /** @example 2024-03-01T10:20:31.114Z|00017|acl_log(ovn_pinctrl0)|INFO|name="lxd_acl5-web-ingress-0", verdict=allow, severity=info: tcp,vlan_tci=0x0000,dl_src=00:16:3e:0a:5f:12,dl_dst=00:16:3e:71:2a:9e,nw_src=198.51.100.7,nw_dst=10.158.42.37,nw_tos=0,nw_ecn=0,nw_ttl=63,tp_src=51512,tp_dst=443,tcp_flags=syn */
                    "application/octet-stream": Blob | Uint8Array | string;
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    listNetworkZones: {
        parameters: {
            query?: {
                /** @description `0` (default) lists URLs, `1` lists full objects. */
                recursion?: components["parameters"]["recursion"];
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The network zones. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "sync",
                     *       "status": "Success",
                     *       "status_code": 200,
                     *       "operation": "",
                     *       "error_code": 0,
                     *       "error": "",
                     *       "metadata": [
                     *         "/1.0/network-zones/lxd.example.net"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["SyncEnvelope"] & {
                        /** @description `recursion=0`: URLs of the network zones; `recursion=1`: the network zones themselves. */
                        metadata: string[] | components["schemas"]["NetworkZone"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    createNetworkZone: {
        parameters: {
            query?: {
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "lxd.example.net",
                 *       "description": "Internal DNS",
                 *       "config": {
                 *         "dns.nameservers": "ns1.example.net",
                 *         "peers.ns1.address": "192.0.2.53"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["NetworkZonesPost"];
            };
        };
        responses: {
            /** @description The zone was created. The answer points at the new URL in `Location`; `metadata` is null. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "sync",
                     *       "status": "Success",
                     *       "status_code": 200,
                     *       "operation": "",
                     *       "error_code": 0,
                     *       "error": "",
                     *       "metadata": null
                     *     }
                     */
                    "application/json": components["schemas"]["EmptySyncResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    getNetworkZone: {
        parameters: {
            query?: {
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
            };
            header?: never;
            path: {
                /**
                 * @description Zone name (DNS domain).
                 * @example lxd.example.net
                 */
                zone: components["parameters"]["networkZoneName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The zone. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "sync",
                     *       "status": "Success",
                     *       "status_code": 200,
                     *       "operation": "",
                     *       "error_code": 0,
                     *       "error": "",
                     *       "metadata": {
                     *         "name": "lxd.example.net",
                     *         "description": "Internal DNS",
                     *         "config": {
                     *           "dns.nameservers": "ns1.example.net",
                     *           "peers.ns1.address": "192.0.2.53"
                     *         },
                     *         "used_by": [
                     *           "/1.0/networks/lxdbr0"
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["SyncEnvelope"] & {
                        metadata: components["schemas"]["NetworkZone"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    updateNetworkZone: {
        parameters: {
            query?: {
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
            };
            header?: {
                /** @description ETag from an earlier GET; the daemon refuses the change with 412 when the object changed since. */
                "If-Match"?: components["parameters"]["ifMatch"];
            };
            path: {
                /**
                 * @description Zone name (DNS domain).
                 * @example lxd.example.net
                 */
                zone: components["parameters"]["networkZoneName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "description": "Internal DNS",
                 *       "config": {
                 *         "dns.nameservers": "ns1.example.net"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["NetworkZonePut"];
            };
        };
        responses: {
            200: components["responses"]["EmptySync"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    deleteNetworkZone: {
        parameters: {
            query?: {
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
            };
            header?: never;
            path: {
                /**
                 * @description Zone name (DNS domain).
                 * @example lxd.example.net
                 */
                zone: components["parameters"]["networkZoneName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["EmptySync"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    patchNetworkZone: {
        parameters: {
            query?: {
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
            };
            header?: {
                /** @description ETag from an earlier GET; the daemon refuses the change with 412 when the object changed since. */
                "If-Match"?: components["parameters"]["ifMatch"];
            };
            path: {
                /**
                 * @description Zone name (DNS domain).
                 * @example lxd.example.net
                 */
                zone: components["parameters"]["networkZoneName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "config": {
                 *         "peers.ns2.address": "192.0.2.54"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["NetworkZonePut"];
            };
        };
        responses: {
            200: components["responses"]["EmptySync"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    listNetworkZoneRecords: {
        parameters: {
            query?: {
                /** @description `0` (default) lists URLs, `1` lists full objects. */
                recursion?: components["parameters"]["recursion"];
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
            };
            header?: never;
            path: {
                /**
                 * @description Zone name (DNS domain).
                 * @example lxd.example.net
                 */
                zone: components["parameters"]["networkZoneName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The zone records. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "sync",
                     *       "status": "Success",
                     *       "status_code": 200,
                     *       "operation": "",
                     *       "error_code": 0,
                     *       "error": "",
                     *       "metadata": [
                     *         "/1.0/network-zones/lxd.example.net/records/www"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["SyncEnvelope"] & {
                        /** @description `recursion=0`: URLs of the zone records; `recursion=1`: the zone records themselves. */
                        metadata: string[] | components["schemas"]["NetworkZoneRecord"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    createNetworkZoneRecord: {
        parameters: {
            query?: {
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
            };
            header?: never;
            path: {
                /**
                 * @description Zone name (DNS domain).
                 * @example lxd.example.net
                 */
                zone: components["parameters"]["networkZoneName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "www",
                 *       "description": "Web front end",
                 *       "config": {},
                 *       "entries": [
                 *         {
                 *           "type": "A",
                 *           "value": "10.158.42.37",
                 *           "ttl": 300
                 *         },
                 *         {
                 *           "type": "AAAA",
                 *           "value": "fd42:8d4c:9b1e:3a7f:216:3eff:fe71:2a9e",
                 *           "ttl": 300
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["NetworkZoneRecordsPost"];
            };
        };
        responses: {
            /** @description The record was created. The answer points at the new URL in `Location`; `metadata` is null. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "sync",
                     *       "status": "Success",
                     *       "status_code": 200,
                     *       "operation": "",
                     *       "error_code": 0,
                     *       "error": "",
                     *       "metadata": null
                     *     }
                     */
                    "application/json": components["schemas"]["EmptySyncResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    getNetworkZoneRecord: {
        parameters: {
            query?: {
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
            };
            header?: never;
            path: {
                /**
                 * @description Zone name (DNS domain).
                 * @example lxd.example.net
                 */
                zone: components["parameters"]["networkZoneName"];
                /**
                 * @description Record name.
                 * @example www
                 */
                record: components["parameters"]["networkZoneRecordName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "sync",
                     *       "status": "Success",
                     *       "status_code": 200,
                     *       "operation": "",
                     *       "error_code": 0,
                     *       "error": "",
                     *       "metadata": {
                     *         "name": "www",
                     *         "description": "Web front end",
                     *         "config": {},
                     *         "entries": [
                     *           {
                     *             "type": "A",
                     *             "value": "10.158.42.37",
                     *             "ttl": 300
                     *           },
                     *           {
                     *             "type": "AAAA",
                     *             "value": "fd42:8d4c:9b1e:3a7f:216:3eff:fe71:2a9e",
                     *             "ttl": 300
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["SyncEnvelope"] & {
                        metadata: components["schemas"]["NetworkZoneRecord"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    updateNetworkZoneRecord: {
        parameters: {
            query?: {
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
            };
            header?: {
                /** @description ETag from an earlier GET; the daemon refuses the change with 412 when the object changed since. */
                "If-Match"?: components["parameters"]["ifMatch"];
            };
            path: {
                /**
                 * @description Zone name (DNS domain).
                 * @example lxd.example.net
                 */
                zone: components["parameters"]["networkZoneName"];
                /**
                 * @description Record name.
                 * @example www
                 */
                record: components["parameters"]["networkZoneRecordName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "description": "Web front end",
                 *       "config": {},
                 *       "entries": [
                 *         {
                 *           "type": "A",
                 *           "value": "10.158.42.38",
                 *           "ttl": 300
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["NetworkZoneRecordPut"];
            };
        };
        responses: {
            200: components["responses"]["EmptySync"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    deleteNetworkZoneRecord: {
        parameters: {
            query?: {
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
            };
            header?: never;
            path: {
                /**
                 * @description Zone name (DNS domain).
                 * @example lxd.example.net
                 */
                zone: components["parameters"]["networkZoneName"];
                /**
                 * @description Record name.
                 * @example www
                 */
                record: components["parameters"]["networkZoneRecordName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["EmptySync"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    patchNetworkZoneRecord: {
        parameters: {
            query?: {
                /**
                 * @description Project to act in; the daemon uses `default` when absent.
                 * @example default
                 */
                project?: components["parameters"]["project"];
            };
            header?: {
                /** @description ETag from an earlier GET; the daemon refuses the change with 412 when the object changed since. */
                "If-Match"?: components["parameters"]["ifMatch"];
            };
            path: {
                /**
                 * @description Zone name (DNS domain).
                 * @example lxd.example.net
                 */
                zone: components["parameters"]["networkZoneName"];
                /**
                 * @description Record name.
                 * @example www
                 */
                record: components["parameters"]["networkZoneRecordName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "description": "Web front end (new)"
                 *     }
                 */
                "application/json": components["schemas"]["NetworkZoneRecordPut"];
            };
        };
        responses: {
            200: components["responses"]["EmptySync"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    getCluster: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Clustering status. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "sync",
                     *       "status": "Success",
                     *       "status_code": 200,
                     *       "operation": "",
                     *       "error_code": 0,
                     *       "error": "",
                     *       "metadata": {
                     *         "server_name": "lxd01",
                     *         "enabled": true,
                     *         "member_config": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["SyncEnvelope"] & {
                        metadata: components["schemas"]["Cluster"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    updateCluster: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from an earlier GET; the daemon refuses the change with 412 when the object changed since. */
                "If-Match"?: components["parameters"]["ifMatch"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "server_name": "lxd04",
                 *       "enabled": true,
                 *       "cluster_address": "10.0.0.11:8443",
                 *       "server_address": "10.0.0.14:8443",
                 *       "cluster_password": "<join token>",
                 *       "member_config": [
                 *         {
                 *           "entity": "storage-pool",
                 *           "name": "default",
                 *           "key": "source",
                 *           "value": "/var/lib/lxd/storage-pools/default"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["ClusterPut"];
            };
        };
        responses: {
            200: components["responses"]["EmptySync"];
            202: components["responses"]["Operation"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            412: components["responses"]["PreconditionFailed"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    updateClusterCertificate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "cluster_certificate": "-----BEGIN CERTIFICATE-----\nMIIB...\n-----END CERTIFICATE-----\n",
                 *       "cluster_certificate_key": "-----BEGIN EC PRIVATE KEY-----\nMHcC...\n-----END EC PRIVATE KEY-----\n"
                 *     }
                 */
                "application/json": components["schemas"]["ClusterCertificatePut"];
            };
        };
        responses: {
            200: components["responses"]["EmptySync"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    listClusterMembers: {
        parameters: {
            query?: {
                /** @description `0` (default) lists URLs, `1` lists full objects. */
                recursion?: components["parameters"]["recursion"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The cluster members. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "sync",
                     *       "status": "Success",
                     *       "status_code": 200,
                     *       "operation": "",
                     *       "error_code": 0,
                     *       "error": "",
                     *       "metadata": [
                     *         "/1.0/cluster/members/lxd01",
                     *         "/1.0/cluster/members/lxd02",
                     *         "/1.0/cluster/members/lxd03"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["SyncEnvelope"] & {
                        /** @description `recursion=0`: URLs of the cluster members; `recursion=1`: the cluster members themselves. */
                        metadata: string[] | components["schemas"]["ClusterMember"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    createClusterJoinToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "server_name": "lxd04"
                 *     }
                 */
                "application/json": components["schemas"]["ClusterMembersPost"];
            };
        };
        responses: {
            202: components["responses"]["Operation"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    getClusterMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Cluster member name.
                 * @example lxd02
                 */
                member: components["parameters"]["clusterMemberName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The member. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "sync",
                     *       "status": "Success",
                     *       "status_code": 200,
                     *       "operation": "",
                     *       "error_code": 0,
                     *       "error": "",
                     *       "metadata": {
                     *         "server_name": "lxd02",
                     *         "url": "https://10.0.0.12:8443",
                     *         "database": true,
                     *         "status": "Online",
                     *         "message": "Fully operational",
                     *         "architecture": "x86_64",
                     *         "failure_domain": "default",
                     *         "description": "",
                     *         "config": {},
                     *         "roles": [
                     *           "database"
                     *         ],
                     *         "groups": [
                     *           "default",
                     *           "gpu"
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["SyncEnvelope"] & {
                        metadata: components["schemas"]["ClusterMember"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    updateClusterMember: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from an earlier GET; the daemon refuses the change with 412 when the object changed since. */
                "If-Match"?: components["parameters"]["ifMatch"];
            };
            path: {
                /**
                 * @description Cluster member name.
                 * @example lxd02
                 */
                member: components["parameters"]["clusterMemberName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "description": "Rack 2",
                 *       "config": {
                 *         "scheduler.instance": "all"
                 *       },
                 *       "roles": [
                 *         "database"
                 *       ],
                 *       "failure_domain": "rack2",
                 *       "groups": [
                 *         "default",
                 *         "gpu"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["ClusterMemberPut"];
            };
        };
        responses: {
            200: components["responses"]["EmptySync"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    renameClusterMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Cluster member name.
                 * @example lxd02
                 */
                member: components["parameters"]["clusterMemberName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "server_name": "lxd02-old"
                 *     }
                 */
                "application/json": components["schemas"]["ClusterMemberPost"];
            };
        };
        responses: {
            200: components["responses"]["EmptySync"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    deleteClusterMember: {
        parameters: {
            query?: {
                /**
                 * @description `1` removes the member from the database even if it cannot be reached or cleaned up.
                 * @example 0
                 */
                force?: components["parameters"]["clusterMemberForce"];
            };
            header?: never;
            path: {
                /**
                 * @description Cluster member name.
                 * @example lxd02
                 */
                member: components["parameters"]["clusterMemberName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["EmptySync"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    patchClusterMember: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from an earlier GET; the daemon refuses the change with 412 when the object changed since. */
                "If-Match"?: components["parameters"]["ifMatch"];
            };
            path: {
                /**
                 * @description Cluster member name.
                 * @example lxd02
                 */
                member: components["parameters"]["clusterMemberName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "failure_domain": "rack2"
                 *     }
                 */
                "application/json": components["schemas"]["ClusterMemberPut"];
            };
        };
        responses: {
            200: components["responses"]["EmptySync"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    changeClusterMemberState: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Cluster member name.
                 * @example lxd02
                 */
                member: components["parameters"]["clusterMemberName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "action": "evacuate",
                 *       "mode": "migrate"
                 *     }
                 */
                "application/json": components["schemas"]["ClusterMemberStatePost"];
            };
        };
        responses: {
            202: components["responses"]["Operation"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    listClusterGroups: {
        parameters: {
            query?: {
                /** @description `0` (default) lists URLs, `1` lists full objects. */
                recursion?: components["parameters"]["recursion"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The cluster groups. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "sync",
                     *       "status": "Success",
                     *       "status_code": 200,
                     *       "operation": "",
                     *       "error_code": 0,
                     *       "error": "",
                     *       "metadata": [
                     *         "/1.0/cluster/groups/default",
                     *         "/1.0/cluster/groups/gpu"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["SyncEnvelope"] & {
                        /** @description `recursion=0`: URLs of the cluster groups; `recursion=1`: the cluster groups themselves. */
                        metadata: string[] | components["schemas"]["ClusterGroup"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    createClusterGroup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "gpu",
                 *       "description": "Members with GPUs",
                 *       "members": [
                 *         "lxd02",
                 *         "lxd03"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["ClusterGroupsPost"];
            };
        };
        responses: {
            /** @description The group was created. The answer points at the new URL in `Location`; `metadata` is null. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "sync",
                     *       "status": "Success",
                     *       "status_code": 200,
                     *       "operation": "",
                     *       "error_code": 0,
                     *       "error": "",
                     *       "metadata": null
                     *     }
                     */
                    "application/json": components["schemas"]["EmptySyncResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    getClusterGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Cluster group name.
                 * @example gpu
                 */
                group: components["parameters"]["clusterGroupName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The group. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "sync",
                     *       "status": "Success",
                     *       "status_code": 200,
                     *       "operation": "",
                     *       "error_code": 0,
                     *       "error": "",
                     *       "metadata": {
                     *         "name": "gpu",
                     *         "description": "Members with GPUs",
                     *         "members": [
                     *           "lxd02",
                     *           "lxd03"
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["SyncEnvelope"] & {
                        metadata: components["schemas"]["ClusterGroup"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    updateClusterGroup: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from an earlier GET; the daemon refuses the change with 412 when the object changed since. */
                "If-Match"?: components["parameters"]["ifMatch"];
            };
            path: {
                /**
                 * @description Cluster group name.
                 * @example gpu
                 */
                group: components["parameters"]["clusterGroupName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "description": "Members with GPUs",
                 *       "members": [
                 *         "lxd02",
                 *         "lxd03"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["ClusterGroupPut"];
            };
        };
        responses: {
            200: components["responses"]["EmptySync"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    renameClusterGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Cluster group name.
                 * @example gpu
                 */
                group: components["parameters"]["clusterGroupName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "gpu-nodes"
                 *     }
                 */
                "application/json": components["schemas"]["ClusterGroupPost"];
            };
        };
        responses: {
            /** @description The group was renamed. The answer points at the new URL in `Location`; `metadata` is null. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "sync",
                     *       "status": "Success",
                     *       "status_code": 200,
                     *       "operation": "",
                     *       "error_code": 0,
                     *       "error": "",
                     *       "metadata": null
                     *     }
                     */
                    "application/json": components["schemas"]["EmptySyncResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    deleteClusterGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Cluster group name.
                 * @example gpu
                 */
                group: components["parameters"]["clusterGroupName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["EmptySync"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
    patchClusterGroup: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from an earlier GET; the daemon refuses the change with 412 when the object changed since. */
                "If-Match"?: components["parameters"]["ifMatch"];
            };
            path: {
                /**
                 * @description Cluster group name.
                 * @example gpu
                 */
                group: components["parameters"]["clusterGroupName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "members": [
                 *         "lxd02"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["ClusterGroupPut"];
            };
        };
        responses: {
            200: components["responses"]["EmptySync"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Default"];
        };
    };
}
