// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {ERC721} from "@openzeppelin/contracts/token/ERC721/ERC721.sol";

/// @title AgentRegistry: one ERC-721 token per agent version.
/// @notice An agent key (the hash of an agent's name) belongs to the wallet
/// that first published a version of it: only it publishes new versions.
/// Each version's token holds its manifest's CID and its price; whoever
/// holds the token is paid for that version's use and manages its
/// licences. Selling a version sells that version, not the agent.
contract AgentRegistry is ERC721 {
    struct Version {
        bytes32 agentKey;
        uint256 pricePerUnit; // in the smallest unit of the payment token
        bool deprecated;
        uint64 licenceRequiredSince; // use from then only under a licence (0: never)
        string manifestCID;
    }

    mapping(uint256 => Version) private _versions;
    mapping(bytes32 => uint256[]) private _byAgent;
    /// @notice Who may publish versions of each agent key.
    mapping(bytes32 => address) public agentOwner;
    uint256 public nextId = 1;

    event AgentClaimed(bytes32 indexed agentKey, address indexed owner);
    event VersionPublished(bytes32 indexed agentKey, uint256 indexed tokenId, address indexed owner, string manifestCID, uint256 pricePerUnit);
    event VersionDeprecated(bytes32 indexed agentKey, uint256 indexed tokenId);
    event LicenceRequired(bytes32 indexed agentKey, uint256 indexed tokenId);

    error NotAgentOwner(bytes32 agentKey, address owner);
    error NotVersionOwner(uint256 tokenId);
    error EmptyManifest();
    error ZeroAgentKey();
    error UnknownVersion(uint256 tokenId);
    error AlreadyDeprecated(uint256 tokenId);

    constructor() ERC721("Cere Agent Version", "CEREAGENT") {}

    /// @notice Publishes a version of agentKey, minted to the caller.
    function publishVersion(bytes32 agentKey, string calldata manifestCID, uint256 pricePerUnit) external returns (uint256 id) {
        if (agentKey == bytes32(0)) revert ZeroAgentKey();
        if (bytes(manifestCID).length == 0) revert EmptyManifest();
        address owner = agentOwner[agentKey];
        if (owner == address(0)) {
            agentOwner[agentKey] = msg.sender;
            emit AgentClaimed(agentKey, msg.sender);
        } else if (owner != msg.sender) {
            revert NotAgentOwner(agentKey, owner);
        }
        id = nextId++;
        _versions[id] = Version({agentKey: agentKey, pricePerUnit: pricePerUnit, deprecated: false, licenceRequiredSince: 0, manifestCID: manifestCID});
        _byAgent[agentKey].push(id);
        _mint(msg.sender, id);
        emit VersionPublished(agentKey, id, msg.sender, manifestCID, pricePerUnit);
    }

    /// @notice The version tokens of agentKey, oldest first.
    function versionsOf(bytes32 agentKey) external view returns (uint256[] memory) {
        return _byAgent[agentKey];
    }

    function manifestOf(uint256 id) external view returns (string memory) {
        return _version(id).manifestCID;
    }

    function priceOf(uint256 id) external view returns (uint256) {
        return _version(id).pricePerUnit;
    }

    function agentOf(uint256 id) external view returns (bytes32) {
        return _version(id).agentKey;
    }

    function isDeprecated(uint256 id) external view returns (bool) {
        return _version(id).deprecated;
    }

    /// @notice Since when a version is usable only under a licence (0: it
    /// is open to anyone at its price).
    function licenceRequiredSince(uint256 id) external view returns (uint64) {
        return _version(id).licenceRequiredSince;
    }

    /// @notice Makes a version usable only under a licence from now on
    /// (use before stays paid at its price); only its holder, once.
    function requireLicence(uint256 id) external {
        Version storage v = _version(id);
        if (ownerOf(id) != msg.sender) revert NotVersionOwner(id);
        if (v.licenceRequiredSince == 0) {
            v.licenceRequiredSince = uint64(block.timestamp);
            emit LicenceRequired(v.agentKey, id);
        }
    }

    /// @notice Marks a version as not to be used anew; only its holder.
    function deprecate(uint256 id) external {
        Version storage v = _version(id);
        if (ownerOf(id) != msg.sender) revert NotVersionOwner(id);
        if (v.deprecated) revert AlreadyDeprecated(id);
        v.deprecated = true;
        emit VersionDeprecated(v.agentKey, id);
    }

    function _version(uint256 id) private view returns (Version storage v) {
        v = _versions[id];
        if (v.agentKey == bytes32(0)) revert UnknownVersion(id);
    }
}
