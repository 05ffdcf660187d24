// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";

interface IVersions {
    function ownerOf(uint256 tokenId) external view returns (address);
    function priceOf(uint256 tokenId) external view returns (uint256);
    function licenceRequiredSince(uint256 tokenId) external view returns (uint64);
}

interface ILicences {
    function registry() external view returns (address);
    function settlement() external view returns (address);
    function consume(uint256 id, address user, uint256 subject, uint64 units, uint64 computeMs, uint64 at) external;
}

/// @title UsageSettlement: payers' CERE in escrow pays for metered agent use.
/// @notice A payer deposits CERE and signs a mandate (a cap and an expiry)
/// that lets registered node operators settle its usage. An operator signs
/// receipts that state, per (payer, agent version), the cumulative units
/// and compute used so far, like a payment channel: settling pays only the
/// growth since the last settlement, so one transaction covers many
/// invocations and a replayed receipt pays nothing. An operator's
/// signature carries a nonce, used once, and a deadline, so a batch signed
/// once is sent at most once and not long after. Each unit costs the
/// version's price; the payment goes to the version's holder, the
/// operator's share and the protocol fee are taken from it, and each party
/// claims what it is owed. A withdrawal waits withdrawDelay, during which
/// settlement may still draw on the escrow: a payer cannot run off ahead
/// of it. A payer may revoke its mandate: usage from then on is not paid
/// under it, and usage from before only for a withdrawal delay.
contract UsageSettlement is EIP712 {
    using SafeERC20 for IERC20;

    struct Mandate {
        address payer;
        address operator; // the only operator it lets settle; 0: any registered one
        uint256 cap; // most the payer pays in all, under this and earlier mandates
        uint256 maxPrice; // the highest price per unit it pays
        uint64 start; // usage before it is not paid for
        uint64 expiry; // usage after it is not paid for
        uint32 nonce; // a higher nonce replaces the mandate
    }

    struct Receipt {
        address payer;
        uint256 version;
        uint256 licence; // 0: the version's public use at its price
        uint64 units; // cumulative, for (payer, version, operator)
        uint64 computeMs; // cumulative
        uint64 at; // when the latest of this usage happened: never before the channel's last settled one
    }

    bytes32 public constant MANDATE_TYPEHASH = keccak256(
        "Mandate(address payer,address operator,uint256 cap,uint256 maxPrice,uint64 start,uint64 expiry,uint32 nonce)"
    );
    bytes32 public constant RECEIPT_TYPEHASH =
        keccak256("Receipt(address payer,uint256 version,uint256 licence,uint64 units,uint64 computeMs,uint64 at)");
    bytes32 public constant RECEIPTS_TYPEHASH = keccak256(
        "Receipts(address operator,uint64 nonce,uint64 deadline,Receipt[] receipts)Receipt(address payer,uint256 version,uint256 licence,uint64 units,uint64 computeMs,uint64 at)"
    );

    IERC20 public immutable token;
    IVersions public immutable registry;
    ILicences public immutable licences;
    address public immutable admin;
    address public immutable feeRecipient;
    uint16 public immutable feeBps;
    uint16 public immutable operatorBps;
    uint64 public immutable withdrawDelay;

    // One slot a payer: what settlement reads and writes for it.
    struct Account {
        uint96 escrow;
        uint96 spent; // in all: a mandate's cap bounds it, whatever came before
        uint32 mandateNonce; // the current mandate's; each new one is the next
    }

    struct Withdrawal {
        uint128 amount;
        uint64 readyAt; // from then, for withdrawDelay more, and no longer
    }

    // Registered, and the nonce its next signed batch carries (each used
    // once, in order; kept when it is unregistered, so that a batch signed
    // before cannot come back): one slot, read and written once a batch.
    struct Operator {
        bool registered;
        uint64 nonce;
    }

    mapping(address => Operator) private _operators;
    mapping(address => Account) public accounts;
    mapping(address => Withdrawal) public withdrawals;
    mapping(address => uint256) public claimable;
    /// @notice When each of a payer's mandates was replaced by the next or
    /// revoked: usage from before still settles under it for a withdrawal
    /// delay, so that a payer cannot cancel what it owes by signing a lower
    /// cap or revoking.
    mapping(address => mapping(uint32 => uint64)) public supersededAt;
    /// @notice Settled so far per keccak256(payer, version, operator):
    /// units in the low 64 bits, compute ms in the next 64, and the `at` of
    /// the receipt settled last in the 64 after.
    mapping(bytes32 => uint256) public settled;

    event OperatorSet(address indexed operator, bool registered);
    event Deposited(address indexed payer, uint256 amount);
    event WithdrawalRequested(address indexed payer, uint256 amount, uint64 readyAt);
    event Withdrawn(address indexed payer, uint256 amount);
    /// @notice What a batch took from each payer (one event a batch: an
    /// event a payer cost more than the rest of its bookkeeping).
    event Settled(address indexed operator, address[] payers, uint256[] amounts);
    event Claimed(address indexed account, uint256 amount);
    /// @notice A payer's mandate nonce went to nonce: the one before pays
    /// only for usage from before at, and only for a withdrawal delay.
    event MandateAdvanced(address indexed payer, uint32 nonce, uint64 at);
    /// @notice A payer revoked its mandate nonce (and those before): usage
    /// from at on is not paid under them.
    event MandateRevoked(address indexed payer, uint32 nonce, uint64 at);
    /// @notice A receipt not paid, with the selector of the error that says
    /// why; the operator may send it again once that is mended.
    event ReceiptSkipped(uint256 index, address indexed payer, uint256 indexed version, bytes4 reason);
    /// @notice A payer whose mandate or escrow could not cover what it owed
    /// in a batch: none of its receipts were paid.
    event PayerSkipped(address indexed payer, uint256 due, bytes4 reason);

    error NotAdmin();
    error NotOperator(address operator);
    error BadSignature();
    error BadBps();
    error MandateExpired(address payer);
    error WrongOperator(address payer, address operator);
    error OverPrice(address payer, uint256 version, uint256 price);
    error WithdrawalLapsed(uint64 readyAt);
    error ZeroAddress();
    error MandateReplaced(address payer, uint32 nonce);
    error NoMandate(address payer);
    error DuplicateMandate(address payer);
    error OverCap(address payer, uint256 cap, uint256 spent);
    error InsufficientEscrow(address payer, uint256 escrow, uint256 due);
    error TooEarly(uint64 readyAt);
    error NothingToWithdraw();
    error NothingToClaim();
    error TooLarge();
    error UnknownVersion();
    error LicenceRequired();
    error Unordered();
    error NonceGap();
    error PayerInvalid();
    error InTheFuture();
    error PredatesMandate();
    error PredatesSettlement();
    error BadNonce(uint64 expected, uint64 nonce);
    error SignatureExpired(uint64 deadline);
    error NothingToRevoke(address payer, uint32 nonce);
    error LicencesMismatch(address registry, address settlement);

    constructor(
        IERC20 token_,
        IVersions registry_,
        ILicences licences_,
        address feeRecipient_,
        uint16 feeBps_,
        uint16 operatorBps_,
        uint64 withdrawDelay_
    ) EIP712("CereUsageSettlement", "1") {
        if (uint256(feeBps_) + operatorBps_ > 10000) revert BadBps();
        if (feeRecipient_ == address(0)) revert ZeroAddress();
        if (address(token_).code.length == 0 || address(registry_).code.length == 0 || address(licences_).code.length == 0) {
            revert ZeroAddress();
        }
        // The licences are counted by this contract alone, for versions of
        // this registry: a licence contract linked elsewhere would let
        // another settlement consume them, or judge other versions.
        if (licences_.registry() != address(registry_) || licences_.settlement() != address(this)) {
            revert LicencesMismatch(licences_.registry(), licences_.settlement());
        }
        // The delay is also the window to withdraw in and the grace of a
        // replaced mandate: none would lock every escrow for good.
        if (withdrawDelay_ < 1 hours || withdrawDelay_ > 365 days) revert TooLarge();
        token = token_;
        registry = registry_;
        licences = licences_;
        admin = msg.sender;
        feeRecipient = feeRecipient_;
        feeBps = feeBps_;
        operatorBps = operatorBps_;
        withdrawDelay = withdrawDelay_;
    }

    function setOperator(address operator, bool registered) external {
        if (msg.sender != admin) revert NotAdmin();
        _operators[operator].registered = registered;
        emit OperatorSet(operator, registered);
    }

    function isOperator(address operator) external view returns (bool) {
        return _operators[operator].registered;
    }

    /// @notice The nonce the operator's next signed batch must carry.
    function operatorNonce(address operator) external view returns (uint64) {
        return _operators[operator].nonce;
    }

    function deposit(uint256 amount) external {
        if (amount > type(uint96).max - accounts[msg.sender].escrow) revert TooLarge();
        token.safeTransferFrom(msg.sender, address(this), amount);
        accounts[msg.sender].escrow += uint96(amount);
        emit Deposited(msg.sender, amount);
    }

    /// @notice Asks to take amount back after withdrawDelay; a new request
    /// replaces the last and starts the wait again.
    function requestWithdraw(uint256 amount) external {
        if (amount == 0 || amount > type(uint96).max) revert NothingToWithdraw();
        uint64 readyAt = uint64(block.timestamp) + withdrawDelay;
        withdrawals[msg.sender] = Withdrawal(uint128(amount), readyAt);
        emit WithdrawalRequested(msg.sender, amount, readyAt);
    }

    /// @notice Takes back what was asked for, once the wait is over and
    /// before as long again has passed (at most what settlement left in
    /// escrow): a request made long ago is not an exit kept in reserve.
    function withdraw() external {
        Withdrawal memory w = withdrawals[msg.sender];
        if (w.amount == 0) revert NothingToWithdraw();
        if (block.timestamp < w.readyAt) revert TooEarly(w.readyAt);
        if (block.timestamp >= uint256(w.readyAt) + withdrawDelay) revert WithdrawalLapsed(w.readyAt);
        Account storage a = accounts[msg.sender];
        uint96 amount = w.amount < a.escrow ? uint96(w.amount) : a.escrow;
        delete withdrawals[msg.sender];
        a.escrow -= amount;
        token.safeTransfer(msg.sender, amount);
        emit Withdrawn(msg.sender, amount);
    }

    /// @notice Revokes the caller's mandate nonce: the one on chain, or the
    /// next one (signed and handed out, not yet used). Usage from now on is
    /// not paid under it or any before it; usage from before still is, for
    /// a withdrawal delay, as when a mandate is replaced. The next mandate
    /// takes the nonce after it.
    function revokeMandate(uint32 nonce) external {
        Account storage a = accounts[msg.sender];
        uint32 current = a.mandateNonce;
        if (nonce == 0 || nonce < current || nonce > current + 1 || supersededAt[msg.sender][nonce] != 0) {
            revert NothingToRevoke(msg.sender, nonce);
        }
        uint64 at = uint64(block.timestamp);
        if (nonce != current) {
            if (current != 0 && supersededAt[msg.sender][current] == 0) supersededAt[msg.sender][current] = at;
            a.mandateNonce = nonce;
        }
        supersededAt[msg.sender][nonce] = at;
        emit MandateRevoked(msg.sender, nonce, at);
    }

    function claim() external {
        uint256 amount = claimable[msg.sender];
        if (amount == 0) revert NothingToClaim();
        claimable[msg.sender] = 0;
        token.safeTransfer(msg.sender, amount);
        emit Claimed(msg.sender, amount);
    }

    /// @notice The EIP-712 digest a payer signs for a mandate.
    function mandateDigest(Mandate calldata m) public view returns (bytes32) {
        return _hashTypedDataV4(
            keccak256(abi.encode(MANDATE_TYPEHASH, m.payer, m.operator, m.cap, m.maxPrice, m.start, m.expiry, m.nonce))
        );
    }

    /// @notice The EIP-712 digest an operator signs for its receipts.
    function receiptsDigest(address operator, uint64 nonce, uint64 deadline, Receipt[] calldata receipts)
        public
        view
        returns (bytes32)
    {
        bytes32[] memory hashes = new bytes32[](receipts.length);
        for (uint256 i; i < receipts.length; ++i) {
            Receipt calldata r = receipts[i];
            hashes[i] = keccak256(abi.encode(RECEIPT_TYPEHASH, r.payer, r.version, r.licence, r.units, r.computeMs, r.at));
        }
        bytes32 all;
        assembly ("memory-safe") {
            // keccak256(abi.encodePacked(hashes)), without the copy
            all := keccak256(add(hashes, 0x20), mul(mload(hashes), 0x20))
        }
        return _hashTypedDataV4(keccak256(abi.encode(RECEIPTS_TYPEHASH, operator, nonce, deadline, all)));
    }

    /// @notice An operator's signature over a batch, with the nonce and
    /// deadline it signed.
    struct Signed {
        address operator;
        uint64 nonce; // operatorNonce[operator] when it is sent
        uint64 deadline; // the batch is refused after it
        bytes signature;
    }

    // What a batch owes, gathered in memory and written once each.
    struct Payer {
        address payer;
        uint256 cap;
        uint256 maxPrice;
        uint64 start;
        uint64 expiry;
        uint256 due;
        Account account;
        bool skipped; // none of its receipts are paid
        bool invalid; // its mandate did not hold: nothing of it is written
    }

    struct Version {
        uint256 id;
        address holder; // 0: no such version
        uint256 price;
        uint64 licensedSince; // use from then needs a licence (0: never)
        uint256 due;
    }

    struct Line {
        bytes32 key;
        uint256 packed;
        uint64 du;
        uint64 dms;
        uint256 p;
        uint256 v;
        uint256 amount;
        bool skip;
    }

    /// @dev A version's holder, price and whether it needs a licence; a
    /// holder of 0 when there is no such version.
    function _version(uint256 id) private view returns (address holder, uint256 price, uint64 licensedSince) {
        try registry.ownerOf(id) returns (address h) {
            holder = h;
        } catch {
            return (address(0), 0, 0);
        }
        price = registry.priceOf(id);
        licensedSince = registry.licenceRequiredSince(id);
    }

    /// @notice Settles an operator's receipts under their payers' mandates.
    /// Anyone may submit it, once, by the deadline: the signatures carry
    /// the authority.
    function settleBatch(
        Mandate[] calldata mandates,
        bytes[] calldata mandateSigs,
        Signed calldata signed,
        Receipt[] calldata receipts
    ) external {
        address operator = signed.operator;
        Operator memory op = _operators[operator];
        if (!op.registered) revert NotOperator(operator);
        if (block.timestamp > signed.deadline) revert SignatureExpired(signed.deadline);
        if (signed.nonce != op.nonce) revert BadNonce(op.nonce, signed.nonce);
        if (ECDSA.recover(receiptsDigest(operator, signed.nonce, signed.deadline, receipts), signed.signature) != operator) {
            revert BadSignature();
        }
        _operators[operator].nonce = op.nonce + 1;
        if (mandateSigs.length != mandates.length) revert BadSignature();

        // A payer whose mandate does not hold is skipped, not the batch.
        Payer[] memory payers = new Payer[](mandates.length);
        for (uint256 i; i < mandates.length; ++i) {
            Mandate calldata m = mandates[i];
            Payer memory pay = payers[i];
            pay.payer = m.payer;
            bytes4 why;
            (address signer, ECDSA.RecoverError failed,) = ECDSA.tryRecover(mandateDigest(m), mandateSigs[i]);
            if (failed != ECDSA.RecoverError.NoError || signer != m.payer) {
                why = BadSignature.selector;
            } else if (m.nonce == 0) {
                why = NonceGap.selector; // mandates count from 1
            } else if (m.operator != address(0) && m.operator != operator) {
                why = WrongOperator.selector;
            } else if (uint256(m.expiry) + withdrawDelay < block.timestamp) {
                // Usage up to the expiry is paid for, settled up to a
                // withdrawal delay later.
                why = MandateExpired.selector;
            } else {
                for (uint256 j; j < i; ++j) {
                    if (payers[j].payer == m.payer) why = DuplicateMandate.selector;
                }
            }
            uint64 usableUntil = m.expiry; // usage after this is not paid for
            if (why == bytes4(0)) {
                pay.account = accounts[m.payer];
                uint32 current = pay.account.mandateNonce;
                if (m.nonce <= current) {
                    // Replaced or revoked: it still pays for usage from
                    // before, for a while.
                    uint64 at = supersededAt[m.payer][m.nonce];
                    if (at == 0) {
                        if (m.nonce < current) why = MandateReplaced.selector;
                    } else if (block.timestamp >= uint256(at) + withdrawDelay) {
                        why = MandateReplaced.selector;
                    } else if (at <= usableUntil) {
                        usableUntil = at - 1;
                    }
                } else {
                    if (m.nonce != current + 1) {
                        why = NonceGap.selector; // each replacement is recorded
                    } else {
                        // (A revoked one keeps the time it was revoked.)
                        if (current != 0 && supersededAt[m.payer][current] == 0) {
                            supersededAt[m.payer][current] = uint64(block.timestamp);
                            // The old mandate's grace starts now: tell its operators.
                            emit MandateAdvanced(m.payer, m.nonce, uint64(block.timestamp));
                        }
                        pay.account.mandateNonce = m.nonce;
                    }
                }
            }
            if (why != bytes4(0)) {
                pay.invalid = true;
                pay.skipped = true;
                emit PayerSkipped(m.payer, 0, why);
                continue;
            }
            pay.cap = m.cap;
            pay.maxPrice = m.maxPrice;
            pay.start = m.start;
            pay.expiry = usableUntil;
        }

        // What each receipt adds, decided before anything is written: a
        // receipt that cannot be paid is skipped and reported, and the rest
        // of the batch goes on.
        Version[] memory versions = new Version[](receipts.length);
        Line[] memory lines = new Line[](receipts.length);
        uint256 nVersions;
        bytes32 lastKey;
        for (uint256 i; i < receipts.length; ++i) {
            Receipt calldata r = receipts[i];
            Line memory line = lines[i];
            line.key = keccak256(abi.encode(r.payer, r.version, operator));
            // Receipts come in increasing order of their channel: two for
            // one channel in a batch would both count from where it was.
            if (i > 0 && line.key <= lastKey) {
                line.skip = true;
                emit ReceiptSkipped(i, r.payer, r.version, Unordered.selector);
                continue;
            }
            lastKey = line.key;
            uint256 before = settled[line.key];
            uint64 units = uint64(before);
            uint64 ms = uint64(before >> 64);
            if (r.units <= units && r.computeMs <= ms) {
                line.skip = true; // nothing new: a replay pays nothing
                continue;
            }
            if (r.at < uint64(before >> 128)) {
                // The latest usage of a channel cannot go back: what is new
                // since its last settlement happened after it.
                line.skip = true;
                emit ReceiptSkipped(i, r.payer, r.version, PredatesSettlement.selector);
                continue;
            }
            line.du = r.units > units ? r.units - units : 0;
            line.dms = r.computeMs > ms ? r.computeMs - ms : 0;
            line.packed = uint256(line.du + units) | (uint256(line.dms + ms) << 64) | (uint256(r.at) << 128);

            uint256 p;
            while (p < payers.length && payers[p].payer != r.payer) ++p;
            uint256 v;
            while (v < nVersions && versions[v].id != r.version) ++v;
            if (v == nVersions) {
                (address holder, uint256 price, uint64 licensedSince) = _version(r.version);
                versions[v] = Version(r.version, holder, price, licensedSince, 0);
                ++nVersions;
            }
            line.p = p;
            line.v = v;
            bytes4 why;
            if (p == payers.length) {
                why = NoMandate.selector;
            } else if (payers[p].invalid) {
                why = PayerInvalid.selector;
            } else if (r.at > payers[p].expiry) {
                why = MandateExpired.selector;
            } else if (r.at < payers[p].start) {
                why = PredatesMandate.selector;

            } else if (versions[v].holder == address(0)) {
                why = UnknownVersion.selector;
            } else if (versions[v].price > payers[p].maxPrice) {
                why = OverPrice.selector;
            } else if (r.licence == 0 && versions[v].licensedSince != 0 && r.at >= versions[v].licensedSince) {
                why = LicenceRequired.selector;
            } else if (versions[v].price > type(uint96).max || uint256(line.du) * versions[v].price > type(uint96).max) {
                why = TooLarge.selector; // (totals of such stay far from overflowing)
            } else if (r.at > block.timestamp) {
                why = InTheFuture.selector;
            }
            if (why != bytes4(0)) {
                line.skip = true;
                emit ReceiptSkipped(i, r.payer, r.version, why);
                continue;
            }
            line.amount = uint256(line.du) * versions[v].price;
            payers[p].due += line.amount;
        }

        // A payer whose mandate or escrow cannot cover what it owes here
        // is skipped whole.
        for (uint256 p; p < payers.length; ++p) {
            Payer memory pay = payers[p];
            if (pay.invalid || pay.due == 0) continue;
            Account memory a = pay.account;
            bytes4 why;
            if (a.spent + pay.due > pay.cap) {
                why = OverCap.selector;
            } else if (a.spent + pay.due > type(uint96).max) {
                why = TooLarge.selector;
            } else if (a.escrow < pay.due) {
                why = InsufficientEscrow.selector;
            }
            if (why != bytes4(0)) {
                pay.skipped = true;
                emit PayerSkipped(pay.payer, pay.due, why);
            }
            pay.due = 0; // counted again below, receipt by receipt
        }

        // Write what is paid: the channels, the licences' counts, the
        // escrows and the credits.
        for (uint256 i; i < receipts.length; ++i) {
            Line memory line = lines[i];
            if (line.skip || payers[line.p].skipped) continue;
            Receipt calldata r = receipts[i];
            if (r.licence != 0) {
                try licences.consume(r.licence, r.payer, r.version, line.du, line.dms, r.at) {}
                catch (bytes memory reason) {
                    emit ReceiptSkipped(i, r.payer, r.version, bytes4(reason));
                    continue;
                }
            }
            settled[line.key] = line.packed;
            payers[line.p].due += line.amount;
            versions[line.v].due += line.amount;
        }
        _debit(payers, operator);
        _credit(versions, nVersions, operator);
    }

    /// @dev Takes what each payer owes from its escrow and records its
    /// mandate; one Settled event for the batch.
    function _debit(Payer[] memory payers, address operator) private {
        address[] memory paid = new address[](payers.length);
        uint256[] memory amounts = new uint256[](payers.length);
        uint256 nPaid;
        for (uint256 p; p < payers.length; ++p) {
            Payer memory pay = payers[p];
            if (pay.invalid) continue;
            Account memory a = pay.account;
            if (pay.due != 0) {
                a.escrow -= uint96(pay.due);
                a.spent += uint96(pay.due);
                paid[nPaid] = pay.payer;
                amounts[nPaid] = pay.due;
                ++nPaid;
            }
            accounts[pay.payer] = a;
        }
        assembly ("memory-safe") {
            mstore(paid, nPaid)
            mstore(amounts, nPaid)
        }
        if (nPaid != 0) emit Settled(operator, paid, amounts);
    }

    /// @dev Credits each version's holder, the operator and the fee.
    function _credit(Version[] memory versions, uint256 nVersions, address operator) private {
        uint256 fees;
        uint256 operatorShare;
        for (uint256 v; v < nVersions; ++v) {
            uint256 due = versions[v].due;
            uint256 fee = due * feeBps / 10000;
            uint256 op = due * operatorBps / 10000;
            fees += fee;
            operatorShare += op;
            claimable[versions[v].holder] += due - fee - op;
        }
        if (operatorShare != 0) claimable[operator] += operatorShare;
        if (fees != 0) claimable[feeRecipient] += fees;
    }
}
