package org.orewatch.server;

import org.orewatch.store.StoreLocation;

/** The API on the embedded H2 store. */
class EmbeddedServerTest extends ServerContract {

    @Override
    protected StoreLocation location() {
        return StoreLocation.embedded(folder.resolve("data"));
    }
}
