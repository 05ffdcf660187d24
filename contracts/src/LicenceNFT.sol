// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {ERC721} from "@openzeppelin/contracts/token/ERC721/ERC721.sol";
import {Checkpoints} from "@openzeppelin/contracts/utils/structs/Checkpoints.sol";

interface IAgentVersions {
    function ownerOf(uint256 tokenId) external view returns (address);
    function isDeprecated(uint256 tokenId) external view returns (bool);
}

/// @title LicenceNFT: licences to use an agent version, or data of some
/// types, within a time window and limits.
/// @notice The licence's holder is its user: userOf and userExpires, and
/// the UpdateUser event, follow ERC-4907's names for tools that read them
/// (there is no setUser: the user is whoever holds the licence). For an
/// agent version, the version's current holder grants and revokes; for
/// data alone, its grantor. Usage is counted against a licence only by the
/// settlement contract, at the time the usage happened.
contract LicenceNFT is ERC721 {
    using Checkpoints for Checkpoints.Trace160;
    struct Licence {
        address grantor;
        uint256 subject; // an agent version's token in the registry; 0: data only
        uint64 notBefore;
        uint64 expiresAt;
        uint64 maxUnits; // 0: no limit
        uint64 maxComputeMs; // 0: no limit
        uint64 usedUnits;
        uint64 usedComputeMs;
        uint64 revokedAt; // 0: not revoked; usage before it still counts
        bytes32[] dataTypes;
    }

    IAgentVersions public immutable registry;
    /// @notice The only caller of consume; set once by the deployer.
    address public settlement;
    address private immutable _deployer;
    mapping(uint256 => Licence) private _licences;
    // Who held each licence from when: usage is counted against whoever
    // held it when it happened, so handing a licence on (or to oneself)
    // does not escape what is owed.
    mapping(uint256 => Checkpoints.Trace160) private _holders;
    uint256 public nextId = 1;

    event Granted(uint256 indexed id, address indexed licensee, uint256 indexed subject, address grantor, bytes32[] dataTypes, uint64 notBefore, uint64 expiresAt, uint64 maxUnits, uint64 maxComputeMs);
    event SettlementSet(address settlement);
    event Revoked(uint256 indexed id);
    event Consumed(uint256 indexed id, uint64 units, uint64 computeMs);
    /// @notice ERC-4907.
    event UpdateUser(uint256 indexed tokenId, address indexed user, uint64 expires);

    error NotSubjectOwner(uint256 subject);
    error DeprecatedSubject(uint256 subject);
    error NotGrantor(uint256 id);
    error AlreadyRevoked(uint256 id);
    error InTheFuture(uint64 at);
    error NotFor(uint256 id, address user, uint256 subject);
    error NotDeployer();
    error BadWindow(uint64 notBefore, uint64 expiresAt);
    error NotSettlement();
    error SettlementAlreadySet();
    error NotValid(uint256 id);
    error OverLimit(uint256 id);
    error UnknownLicence(uint256 id);

    constructor(IAgentVersions registry_) ERC721("Cere Licence", "CERELIC") {
        registry = registry_;
        _deployer = msg.sender;
    }

    function setSettlement(address settlement_) external {
        if (msg.sender != _deployer) revert NotDeployer();
        if (settlement != address(0)) revert SettlementAlreadySet();
        settlement = settlement_;
        emit SettlementSet(settlement_);
    }

    /// @notice Grants licensee a licence: for an agent version, only its
    /// holder may; for data alone (subject 0), anyone, as its provider.
    function grant(
        address licensee,
        uint256 subject,
        bytes32[] calldata dataTypes,
        uint64 notBefore,
        uint64 expiresAt,
        uint64 maxUnits,
        uint64 maxComputeMs
    ) external returns (uint256 id) {
        if (subject != 0) {
            if (registry.ownerOf(subject) != msg.sender) revert NotSubjectOwner(subject);
            if (registry.isDeprecated(subject)) revert DeprecatedSubject(subject);
        }
        if (expiresAt <= notBefore || expiresAt <= block.timestamp) revert BadWindow(notBefore, expiresAt);
        id = nextId++;
        Licence storage l = _licences[id];
        l.grantor = msg.sender;
        l.subject = subject;
        l.notBefore = notBefore;
        l.expiresAt = expiresAt;
        l.maxUnits = maxUnits;
        l.maxComputeMs = maxComputeMs;
        l.dataTypes = dataTypes;
        _mint(licensee, id);
        emit Granted(id, licensee, subject, msg.sender, dataTypes, notBefore, expiresAt, maxUnits, maxComputeMs);
        emit UpdateUser(id, licensee, expiresAt);
    }

    /// @notice Ends a licence for good: for an agent version, only the
    /// version's current holder; for data alone, only its grantor.
    function revoke(uint256 id) external {
        Licence storage l = _licence(id);
        address authority = l.subject != 0 ? registry.ownerOf(l.subject) : l.grantor;
        if (authority != msg.sender) revert NotGrantor(id);
        if (l.revokedAt != 0) revert AlreadyRevoked(id);
        l.revokedAt = uint64(block.timestamp);
        emit Revoked(id);
        emit UpdateUser(id, address(0), 0);
    }

    /// @notice Whether the licence may be used at time at (seconds): not
    /// revoked, within its window, with units and compute left.
    function isValid(uint256 id, uint64 at) public view returns (bool) {
        Licence storage l = _licences[id];
        if (!_inForce(l, at)) {
            return false;
        }
        return (l.maxUnits == 0 || l.usedUnits < l.maxUnits) && (l.maxComputeMs == 0 || l.usedComputeMs < l.maxComputeMs);
    }

    /// @dev Granted, within its window and not yet revoked at time at.
    function _inForce(Licence storage l, uint64 at) private view returns (bool) {
        return l.expiresAt != 0 && (l.revokedAt == 0 || at < l.revokedAt) && at >= l.notBefore && at < l.expiresAt;
    }

    /// @notice Units and compute milliseconds left (the largest uint64 for no limit).
    function remaining(uint256 id) external view returns (uint64 units, uint64 computeMs) {
        Licence storage l = _licence(id);
        units = l.maxUnits == 0 ? type(uint64).max : l.maxUnits - l.usedUnits;
        computeMs = l.maxComputeMs == 0 ? type(uint64).max : l.maxComputeMs - l.usedComputeMs;
    }

    /// @notice Counts usage of subject by user, which happened at time at,
    /// against the licence: user must hold it, it must be for subject and
    /// valid at that time. Only the settlement contract, and never past a
    /// limit. (Usage is settled after it happens: the time it happened
    /// decides.)
    function consume(uint256 id, address user, uint256 subject, uint64 units, uint64 computeMs, uint64 at) external {
        if (msg.sender != settlement) revert NotSettlement();
        if (at > block.timestamp) revert InTheFuture(at);
        Licence storage l = _licences[id];
        // In force then; the limits are checked exactly below, so that
        // using up one (compute, say) does not void the other's usage.
        if (!_inForce(l, at)) revert NotValid(id);
        if (l.subject != subject || address(_holders[id].upperLookupRecent(uint96(at))) != user) {
            revert NotFor(id, user, subject);
        }
        if (units > type(uint64).max - l.usedUnits || computeMs > type(uint64).max - l.usedComputeMs) revert OverLimit(id);
        uint64 u = l.usedUnits + units;
        uint64 c = l.usedComputeMs + computeMs;
        if ((l.maxUnits != 0 && u > l.maxUnits) || (l.maxComputeMs != 0 && c > l.maxComputeMs)) revert OverLimit(id);
        l.usedUnits = u;
        l.usedComputeMs = c;
        emit Consumed(id, units, computeMs);
    }

    function licence(uint256 id) external view returns (Licence memory) {
        return _licence(id);
    }

    /// @notice ERC-4907: the licence's holder while it is valid.
    function userOf(uint256 id) external view returns (address) {
        return isValid(id, uint64(block.timestamp)) ? ownerOf(id) : address(0);
    }

    /// @notice ERC-4907: when the licence ends (0 once revoked).
    function userExpires(uint256 id) external view returns (uint256) {
        Licence storage l = _licence(id);
        return l.revokedAt != 0 ? 0 : l.expiresAt;
    }

    /// @dev Every change of holder is remembered with its time; a transfer
    /// changes the user.
    function _update(address to, uint256 tokenId, address auth) internal override returns (address from) {
        from = super._update(to, tokenId, auth);
        _holders[tokenId].push(from == address(0) ? 0 : uint96(block.timestamp), uint160(to));
        if (from != address(0) && to != address(0)) {
            Licence storage l = _licences[tokenId];
            bool revoked = l.revokedAt != 0;
            emit UpdateUser(tokenId, revoked ? address(0) : to, revoked ? 0 : l.expiresAt);
        }
    }

    function _licence(uint256 id) private view returns (Licence storage l) {
        l = _licences[id];
        if (l.expiresAt == 0) revert UnknownLicence(id);
    }
}
