// Preloaded into Portkey's gateway (node --require): its start-server has no host option and would listen on every
// interface; this binds a server given only a port to 127.0.0.1.
const net = require("node:net");

const listen = net.Server.prototype.listen;
net.Server.prototype.listen = function listenOnLoopback(...args) {
  if (typeof args[0] === "number" && typeof args[1] !== "string") {
    return listen.call(this, args[0], "127.0.0.1", ...args.slice(1).filter((arg) => arg !== undefined));
  }
  return listen.apply(this, args);
};
