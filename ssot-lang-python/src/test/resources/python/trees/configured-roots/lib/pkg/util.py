from ns.thing import Thing
